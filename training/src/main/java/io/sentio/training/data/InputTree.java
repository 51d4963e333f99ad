package io.sentio.training.data;

import java.io.InputStream;
import java.util.List;

/** A directory of input files: a local directory or the objects under an S3 prefix. */
interface InputTree {

    /** The location as the user gave it, for messages. */
    String location();

    /** Whether {@code relativeDir} ("train/neg"; "" for the root) exists and holds anything. */
    boolean hasDirectory(String relativeDir);

    /** Names of the files directly in {@code relativeDir}, sorted; sub-directories are left out. */
    List<String> files(String relativeDir);

    /** The bytes of one file, decompressed if gzip. */
    InputStream open(String relativePath);
}
