package io.sentio.core.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenSpansTest {
    private static final String[] PIECES = {
        "a", "Word", "don't", "Don\u2019t", "not", "NEVER", "'", "\u2019", "é", "e\u0301", "😀", "❤\uFE0F", "!", "?",
        "!?", " ", "\n", ".", ",", ";", "-", "4.5", "ÉCOLE", "İ", "ß", "\u0301", "(", ")", "90's", "rock'n'roll",
        "\uD83D", "\u2026",
    };

    @Test
    void eachTokenIsTheTextAtItsPlaceAsTheModelSpellsIt() {
        Random random = new Random(7L);
        for (FeatureConfig config : List.of(FeatureConfig.defaults(), FeatureConfig.defaults().withLowercase(false),
                FeatureConfig.defaults().withNegation(NegationMarking.ON))) {
            for (int sample = 0; sample < 20_000; sample++) {
                StringBuilder text = new StringBuilder();
                for (int piece = random.nextInt(12); piece >= 0; piece--) {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                }
                List<TokenSpans.Token> spans = TokenSpans.of(text.toString(), config);

                assertThat(spans).extracting(TokenSpans.Token::term).as("tokens of %s", text)
                        .containsExactlyElementsOf(new Tokenizer(config).tokens(text.toString()));
                int previousEnd = 0;
                for (TokenSpans.Token token : spans) {
                    String written = text.substring(token.start(), token.end()).replace('\u2019', '\'');
                    String spelt = config.lowercase() ? written.toLowerCase(Locale.ROOT) : written;
                    assertThat(token.term()).as("%s in %s", token, text).isIn(spelt, NegationScope.MARK + spelt);
                    assertThat(token.start()).isGreaterThanOrEqualTo(previousEnd);
                    previousEnd = token.end();
                }
                if (!config.marksNegation()) {
                    assertThat(spans).noneMatch(token -> token.term().startsWith(NegationScope.MARK));
                }
            }
        }
    }

    @Test
    void tokensCarryTheirOffsets() {
        assertThat(TokenSpans.of("It fell apart!", FeatureConfig.defaults())).containsExactly(
                new TokenSpans.Token("it", 0, 2), new TokenSpans.Token("fell", 3, 7),
                new TokenSpans.Token("apart", 8, 13), new TokenSpans.Token("!", 13, 14));
    }

    @Test
    void aNegatedWordKeepsTheOffsetsOfTheWordAsWritten() {
        assertThat(TokenSpans.of("Not soft.", FeatureConfig.defaults().withNegation(NegationMarking.ON))).containsExactly(
                new TokenSpans.Token("not", 0, 3), new TokenSpans.Token("neg_soft", 4, 8));
    }
}
