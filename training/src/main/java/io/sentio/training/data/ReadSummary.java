package io.sentio.training.data;

/**
 * What one pass over a data source saw.
 *
 * @param rowsRead rows offered to the sink, accepted or skipped
 * @param sha256   hex sha256 of the bytes read (uncompressed), in reading order: the data's identity
 */
public record ReadSummary(long rowsRead, String sha256) {
}
