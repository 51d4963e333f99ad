package io.sentio.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCsvSourceTest {
    private final DataSources sources = Fixtures.dataSources();

    @Test
    void clothingReviewsJoinTitleAndTextAndLabelByRating() {
        RecordingSink sink = new RecordingSink();

        ReadSummary summary = sources.open(Fixtures.location("clothing_reviews.csv"), LoadOptions.defaults()).read(sink);

        assertThat(summary.rowsRead()).isEqualTo(11);
        assertThat(sink.texts()).containsExactly(
                "Absolutely wonderful - silky and sexy and comfortable",
                "Love this dress. It's sooo pretty.\r\nI bought a petite and am 5'8\".",
                "Some major design flaws! I had such high hopes.\nThe zipper broke, sadly.",
                "My favorite buy!",
                "Not for me. Runs small",
                "Cute, \"flowy\" top. Re-saved by a spreadsheet");
        assertThat(sink.labels()).containsExactly("positive", "positive", "neutral", "positive", "negative", "positive");
        assertThat(sink.accepted).allSatisfy(row -> assertThat(row.officialSplit()).isEmpty());
        assertThat(sink.skipped).isEqualTo(Map.of("empty_text", 1L, "bad_rating", 3L, "malformed_row", 1L));
    }

    @Test
    void aBinaryMappingSkipsTheMiddleRatingAsUnmappedNotBad() {
        RecordingSink sink = new RecordingSink();
        LoadOptions binary = LoadOptions.defaults().withRatings(RatingMapping.parse("1-2:negative,4-5:positive"));

        sources.open(Fixtures.location("clothing_reviews.csv"), binary).read(sink);

        assertThat(sink.labels()).containsExactly("positive", "positive", "positive", "negative", "positive");
        assertThat(sink.skipped).containsEntry("unmapped_rating", 1L).containsEntry("bad_rating", 3L);
    }

    @Test
    void earphoneReviewsAreStrippedOfTheirScrapingWhitespace() {
        RecordingSink sink = new RecordingSink();

        DataSource source = sources.open(Fixtures.location("earphone_reviews.csv"), LoadOptions.defaults());
        ReadSummary summary = source.read(sink);

        assertThat(source.format()).isEqualTo("review-csv");
        assertThat(source.layout()).contains("ReviewTitle + ReviewBody, label from ReviewStar");
        assertThat(summary.rowsRead()).isEqualTo(4);
        assertThat(sink.texts()).containsExactly(
                "Honest review of an edm music lover. No doubt it has a great bass.",
                "Unreliable earphones with high cost. Right side ear buds got cracked.",
                "Worth it 👍",
                "Superb. Great sound, deep bass.");
        assertThat(sink.labels()).containsExactly("neutral", "negative", "positive", "positive");
        assertThat(sink.skipped).isEmpty();
    }

    @Test
    void namedColumnsMakeAnyCsvAReviewCsv() {
        RecordingSink sink = new RecordingSink();
        LoadOptions options = LoadOptions.defaults()
                .withTextColumns(java.util.List.of("Review Text"))
                .withRatingColumn("Rating");

        sources.open(Fixtures.location("clothing_reviews.csv"), options).read(sink);

        // Naming the text replaces the known title: only the body is read now.
        assertThat(sink.texts()).startsWith("Absolutely wonderful - silky and sexy and comfortable",
                "It's sooo pretty.\r\nI bought a petite and am 5'8\".");
        assertThat(sink.skipped).containsEntry("empty_text", 2L);
    }

    @Test
    void gzipIsReadTheSameAndHashedOverTheUncompressedBytes(@TempDir Path dir) {
        Path gzipped = Fixtures.gzip(Fixtures.bytes("clothing_reviews.csv"), dir.resolve("reviews.csv"));
        RecordingSink plainSink = new RecordingSink();
        RecordingSink gzipSink = new RecordingSink();

        ReadSummary plain = sources.open(Fixtures.location("clothing_reviews.csv"), LoadOptions.defaults()).read(plainSink);
        ReadSummary gzip = sources.open(gzipped.toString(), LoadOptions.defaults()).read(gzipSink);

        assertThat(gzip).isEqualTo(plain);
        assertThat(gzip.sha256()).isEqualTo(io.sentio.core.model.Sha256.hex(Fixtures.bytes("clothing_reviews.csv")));
        assertThat(gzipSink.accepted).isEqualTo(plainSink.accepted);
    }

    @Test
    void brokenQuotingStopsTheReadNamingTheFileAndLine() {
        DataSource source = sources.open(Fixtures.location("broken_quotes.csv"),
                LoadOptions.defaults().withFormat("review-csv").withTextColumns(java.util.List.of("Review Text"))
                        .withRatingColumn("Rating"));

        assertThatThrownBy(() -> source.read(new RecordingSink()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("broken_quotes.csv")
                .hasMessageContaining("malformed CSV at line 3");
    }

    @Test
    void aMissingNamedColumnFailsAtOpenListingTheColumns() {
        LoadOptions options = LoadOptions.defaults().withRatingColumn("Stars");

        assertThatThrownBy(() -> sources.open(Fixtures.location("clothing_reviews.csv"), options))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("has no column 'Stars' (rating column)")
                .hasMessageContaining("[, Clothing ID, Age, Title, Review Text, Rating");
    }

    @Test
    void ratingsReadAsWholeNumbersOnly() {
        assertThat(ReviewCsvSource.wholeNumber("4")).hasValue(4);
        assertThat(ReviewCsvSource.wholeNumber("4.0")).hasValue(4);
        assertThat(ReviewCsvSource.wholeNumber("4.5")).isEmpty();
        assertThat(ReviewCsvSource.wholeNumber("")).isEmpty();
        assertThat(ReviewCsvSource.wholeNumber("five")).isEmpty();
    }
}
