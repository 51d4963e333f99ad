package io.sentio.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever a client sends, cleaning and splitting must not fail and must keep their promises. */
class ArbitraryTextTest {
    /** Pieces that exercise every rule, including broken markup and half mojibake sequences. */
    private static final String[] PIECES = {
        "a", "Word", "é", "ã", "Ã", "©", "â€", "™", "ð", "Ÿ", "\u0080", "\u00A0", "😀", "\uD83D", "\u200D", "\uFE0F",
        " ", "  ", "\n", "\r\n", "\t", "\u2028", ".", "...", "…", "!", "?", "!?", "\"", "'", ")", "(", "«", "»",
        "<", ">", "<br />", "<i>", "</i", "<!--", "-->", "&", "&amp;", "&#", "&#39;", "&#x", ";", "&nbsp;",
        "Mr", "e.g", "U.S", "4.5", "Rs", "etc", "<3", ":)", "•", "-", "www.", "://",
    };

    private final TextCleaner cleaner = new TextCleaner();
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void cleanTextHasNormalisedWhitespaceAndSentencesAreTrimmedAndNonEmpty() {
        Random random = new Random(20240607L);
        for (int sample = 0; sample < 20_000; sample++) {
            StringBuilder raw = new StringBuilder();
            for (int piece = random.nextInt(12); piece >= 0; piece--) {
                raw.append(PIECES[random.nextInt(PIECES.length)]);
            }

            String clean = cleaner.clean(raw.toString());
            List<String> sentences = splitter.split(clean);

            assertThat(clean).as("clean(%s)", raw)
                    .isEqualTo(clean.strip())
                    .doesNotContain("  ", "\n\n", " \n", "\n ", "\r", "\t", "\u00A0", "\u2028");
            assertThat(sentences).as("split(%s)", clean)
                    .allSatisfy(sentence -> assertThat(sentence).isNotEmpty().isEqualTo(sentence.strip()));
            assertThat(sentences.isEmpty()).as("split(%s)", clean).isEqualTo(clean.isEmpty());
        }
    }
}
