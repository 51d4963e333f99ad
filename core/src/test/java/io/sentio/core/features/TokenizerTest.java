package io.sentio.core.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {
    private final Tokenizer lower = new Tokenizer(true, false);
    private final Tokenizer asIs = new Tokenizer(false, false);
    private final Tokenizer negating = new Tokenizer(true, true);

    @Test
    void splitsOnSpacesAndPunctuation() {
        assertThat(lower.tokens("Great fit, soft fabric; runs small.")).containsExactly(
                "great", "fit", "soft", "fabric", "runs", "small");
        assertThat(lower.tokens("so-so (meh) 5 stars")).containsExactly("so", "so", "meh", "5", "stars");
    }

    @Test
    void keepsApostrophesInsideWords() {
        assertThat(lower.tokens("Don't buy it, it's rock'n'roll")).containsExactly(
                "don't", "buy", "it", "it's", "rock'n'roll");
        assertThat(lower.tokens("the 90's")).containsExactly("the", "90's");
    }

    @Test
    void typographicApostropheBecomesAscii() {
        assertThat(lower.tokens("Don\u2019t")).containsExactly("don't");
        assertThat(asIs.tokens("Don\u2019t")).containsExactly("Don't");
    }

    @Test
    void apostrophesOutsideWordsSeparate() {
        assertThat(lower.tokens("'quoted' dogs' toys")).containsExactly("quoted", "dogs", "toys");
        assertThat(lower.tokens("can' t")).containsExactly("can", "t");
    }

    @Test
    void exclamationAndQuestionMarksAreTokensOfTheirOwn() {
        assertThat(lower.tokens("Love it!!")).containsExactly("love", "it", "!", "!");
        assertThat(lower.tokens("Really?!")).containsExactly("really", "?", "!");
        assertThat(lower.tokens("wow...")).containsExactly("wow");
    }

    @Test
    void eachEmojiIsAToken() {
        assertThat(lower.tokens("love it\uD83D\uDE0D\uD83D\uDC4D")).containsExactly(
                "love", "it", "\uD83D\uDE0D", "\uD83D\uDC4D");
        assertThat(lower.tokens("5\u2B50")).containsExactly("5", "\u2B50");
    }

    @Test
    void emojiPresentationSelectorAndSkinToneAreNotTokens() {
        // "❤️" is U+2764 + U+FE0F (a variation selector, category Mn); 👍🏽 carries a skin-tone modifier.
        assertThat(lower.tokens("I \u2764\uFE0F it")).containsExactly("i", "\u2764", "it");
        assertThat(lower.tokens("\u2764\uFE0F\u2764\uFE0F")).containsExactly("\u2764", "\u2764");
        assertThat(lower.tokens("\u2764\uFE0F")).isEqualTo(lower.tokens("\u2764"));
        assertThat(lower.tokens("ok \uD83D\uDC4D\uD83C\uDFFD")).containsExactly("ok", "\uD83D\uDC4D");
        assertThat(lower.tokens("1\uFE0F\u20E3 star")).containsExactly("1", "star");
    }

    @Test
    void lowerCasesOnlyWhenAsked() {
        assertThat(lower.tokens("GREAT Fit")).containsExactly("great", "fit");
        assertThat(asIs.tokens("GREAT Fit")).containsExactly("GREAT", "Fit");
    }

    @Test
    void keepsAccentedLettersAndCombiningMarks() {
        assertThat(lower.tokens("Très BIEN, ÉTÉ naïve")).containsExactly("très", "bien", "été", "naïve");
        // A decomposed accent stays part of its word.
        assertThat(lower.tokens("cafe\u0301 ok")).containsExactly("cafe\u0301", "ok");
    }

    @Test
    void emptyOrPunctuationOnlyTextHasNoTokens() {
        assertThat(lower.tokens("")).isEmpty();
        assertThat(lower.tokens(" ... , ; ")).isEmpty();
    }

    @Test
    void marksTheWordsAfterANegationUpToTheNextPunctuation() {
        assertThat(negating.tokens("Not very comfortable, but cute. Love it"))
                .containsExactly("not", "neg_very", "neg_comfortable", "but", "cute", "love", "it");
        assertThat(negating.tokens("It didn’t fit me at all; returned"))
                .containsExactly("it", "didn't", "neg_fit", "neg_me", "neg_at", "neg_all", "returned");
        assertThat(negating.tokens("do n't go"))
                .containsExactly("do", "n't", "neg_go");
        assertThat(negating.tokens("never again\nbought another"))
                .containsExactly("never", "neg_again", "bought", "another");
    }

    @Test
    void aNegationCueIsCaseBlindAndTheMarkKeepsTheModelsCase() {
        assertThat(negating.tokens("NO Way")).containsExactly("no", "neg_way");
        assertThat(new Tokenizer(false, true).tokens("NO Way")).containsExactly("NO", "neg_Way");
    }

    @Test
    void punctuationTokensAndSymbolsAreNeverMarked() {
        assertThat(negating.tokens("not \uD83D\uDE0D good! great")).containsExactly("not", "\uD83D\uDE0D", "neg_good", "!", "great");
        assertThat(negating.tokens("why not? fine")).containsExactly("why", "not", "?", "fine");
    }

    @Test
    void wordsThatOnlyLookLikeNegationsOpenNoScope() {
        assertThat(negating.tokens("note nothings knot snot good")).containsExactly("note", "nothings", "knot", "snot", "good");
        assertThat(negating.tokens("wasn good")).containsExactly("wasn", "good");
    }

    @Test
    void withoutNegationMarkingNothingIsMarked() {
        assertThat(lower.tokens("not good")).containsExactly("not", "good");
    }
}
