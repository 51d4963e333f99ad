package io.sentio.core.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenSpansTest {
    private static final String[] PIECES = {
        "a", "Word", "don't", "Don\u2019t", "'", "\u2019", "é", "e\u0301", "😀", "❤\uFE0F", "!", "?", "!?", " ", "\n",
        ".", ",", "-", "4.5", "ÉCOLE", "İ", "ß", "\u0301", "(", ")", "90's", "rock'n'roll", "\uD83D",
    };

    @Test
    void findsTheTokenizersTokensWithTheirPlaces() {
        Random random = new Random(7L);
        for (boolean lowercase : new boolean[] {true, false}) {
            Tokenizer tokenizer = new Tokenizer(lowercase);
            for (int sample = 0; sample < 20_000; sample++) {
                StringBuilder text = new StringBuilder();
                for (int piece = random.nextInt(12); piece >= 0; piece--) {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                }
                List<TokenSpans.Token> spans = TokenSpans.of(text.toString(), lowercase);

                assertThat(spans).extracting(TokenSpans.Token::term).as("tokens of %s", text)
                        .containsExactlyElementsOf(tokenizer.tokens(text.toString()));
                for (TokenSpans.Token token : spans) {
                    String written = text.substring(token.start(), token.end()).replace('\u2019', '\'');
                    assertThat(lowercase ? written.toLowerCase(java.util.Locale.ROOT) : written).isEqualTo(token.term());
                }
            }
        }
    }

    @Test
    void tokensCarryTheirOffsets() {
        assertThat(TokenSpans.of("It fell apart!", true)).containsExactly(
                new TokenSpans.Token("it", 0, 2), new TokenSpans.Token("fell", 3, 7),
                new TokenSpans.Token("apart", 8, 13), new TokenSpans.Token("!", 13, 14));
    }
}
