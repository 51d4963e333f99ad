package io.sentio.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cleaning with offsets gives the very text cleaning gives, and traces each character to its source. */
class CleanTextTest {
    private static final String[] PIECES = {
        "a", "Word", "é", "e\u0301", "ã", "Ã", "©", "Ã©", "â€™", "ã©", "ÃƒÂ©", "™", "ð", "ðŸ˜€", "\u0080", "\u00A0", "😀",
        "\uD83D", "\u200D", "\uFE0F", "\u00AD", " ", "  ", "\n", "\r\n", "\t", "\u2028", ".", "…", "!", "?", "'",
        "<", ">", "<br />", "<i>", "</i>", "<b>", "</i", "<!--", "-->", "<p>", "&", "&amp;", "&amp;#39;", "&#",
        "&#39;", "&#x27;", "&eacute;", "&#146;", ";", "&nbsp;", "<3", "don't", "fell apart",
    };

    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void givesTheSameTextAsCleaningForArbitraryInput() {
        Random random = new Random(20261202L);
        for (int sample = 0; sample < 20_000; sample++) {
            StringBuilder raw = new StringBuilder();
            for (int piece = random.nextInt(14); piece >= 0; piece--) {
                raw.append(PIECES[random.nextInt(PIECES.length)]);
            }
            CleanText clean = cleaner.cleanWithOffsets(raw.toString());

            assertThat(clean.text()).as("clean(%s)", raw).isEqualTo(cleaner.clean(raw.toString()));
            for (int i = 0; i < clean.text().length(); i++) {
                int[] range = clean.sourceRange(i, i + 1);
                assertThat(range[0]).as("source of %s in %s", i, raw).isGreaterThanOrEqualTo(0).isLessThan(range[1]);
                assertThat(range[1]).isLessThanOrEqualTo(raw.length());
            }
        }
    }

    @Test
    void aWordKeepsItsOffsetsWhenNothingAroundItChanges() {
        CleanText clean = cleaner.cleanWithOffsets("It fell apart");

        assertThat(clean.sourceRange(3, 13)).containsExactly(3, 13);
    }

    @Test
    void wordsAreTracedThroughMarkupEntitiesMojibakeAndSpaces() {
        String raw = "  The <b>caf&eacute;</b>   was   <i>great</i>&nbsp;&amp; cafÃ© too<br /><br />Bye";
        CleanText clean = cleaner.cleanWithOffsets(raw);

        assertThat(clean.text()).isEqualTo("The café was great & café too\nBye");
        assertSource(clean, raw, "café", 0, "caf&eacute;");
        assertSource(clean, raw, "great", 0, "great");
        assertSource(clean, raw, "café", 1, "cafÃ©");
        assertSource(clean, raw, "Bye", 0, "Bye");
        assertSource(clean, raw, "was great", 0, "was   <i>great");
    }

    @Test
    void aDecomposedAccentIsTracedWithItsLetter() {
        String raw = "cafe\u0301  ok";
        CleanText clean = cleaner.cleanWithOffsets(raw);

        assertThat(clean.text()).isEqualTo("café ok");
        assertSource(clean, raw, "café", 0, "cafe\u0301");
        assertSource(clean, raw, "ok", 0, "ok");
    }

    @Test
    void wordsGluedByAnInlineTagAreSeparatedAndEachTracedToItself() {
        String raw = "soft<i>fabric</i>";
        CleanText clean = cleaner.cleanWithOffsets(raw);

        assertThat(clean.text()).isEqualTo("soft fabric");
        assertSource(clean, raw, "soft", 0, "soft");
        assertSource(clean, raw, "fabric", 0, "fabric");
    }

    private static void assertSource(CleanText clean, String raw, String cleanWord, int nth, String expected) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = clean.text().indexOf(cleanWord, at + 1);
        }
        int[] range = clean.sourceRange(at, at + cleanWord.length());
        assertThat(raw.substring(range[0], range[1])).as("source of '%s' #%s", cleanWord, nth).isEqualTo(expected);
    }
}
