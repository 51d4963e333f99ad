package io.sentio.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void splitsAfterTerminalPunctuation() {
        assertThat(splitter.split("Great fit. Love the color! Would I buy again? Yes."))
                .containsExactly("Great fit.", "Love the color!", "Would I buy again?", "Yes.");
    }

    @Test
    void keepsAbbreviationsInsideSentence() {
        assertThat(splitter.split("Mr. Smith and Mrs. Jones met Dr. Who, e.g. at home, i.e. here. "
                + "It was Batman vs. Superman. Written by J. K. Rowling and prof. Tolkien."))
                .containsExactly("Mr. Smith and Mrs. Jones met Dr. Who, e.g. at home, i.e. here.",
                        "It was Batman vs. Superman.",
                        "Written by J. K. Rowling and prof. Tolkien.");
    }

    @Test
    void endsSentenceAtAbbreviationOnlyBeforeCapital() {
        assertThat(splitter.split("Shirts, pants, etc. and more. Shirts, pants, etc. The fit is great. "
                + "Made in the U.S. by hand. I live in the U.S. It is big."))
                .containsExactly("Shirts, pants, etc. and more.", "Shirts, pants, etc.", "The fit is great.",
                        "Made in the U.S. by hand.", "I live in the U.S.", "It is big.");
    }

    @Test
    void keepsNumberAbbreviationsBeforeNumbers() {
        assertThat(splitter.split("Got it for Rs. 999. It is No. 1 in sales. I said no. Then I paid."))
                .containsExactly("Got it for Rs. 999.", "It is No. 1 in sales.", "I said no.", "Then I paid.");
    }

    @Test
    void keepsDecimalsAndSizes() {
        assertThat(splitter.split("Rated 4.5 out of 5. I ordered size 2.5 and it fits. It cost $19.99 only."))
                .containsExactly("Rated 4.5 out of 5.", "I ordered size 2.5 and it fits.", "It cost $19.99 only.");
    }

    @Test
    void treatsRunsOfExclamationAndQuestionMarksAsOneBoundary() {
        assertThat(splitter.split("Love it!!! Really?! Yes!?! Wow ‼ Ok"))
                .containsExactly("Love it!!!", "Really?!", "Yes!?!", "Wow ‼", "Ok");
    }

    @Test
    void treatsEllipsisAsOneBoundary() {
        assertThat(splitter.split("Hmm... not sure. Well… it works. The dress was ok....but"))
                .containsExactly("Hmm...", "not sure.", "Well…", "it works.", "The dress was ok....but");
    }

    @Test
    void keepsEmojiAfterPunctuationWithTheirSentence() {
        assertThat(splitter.split("Love it!! 😍😍 Great sound 👍🏽. Wow!😍Next one. Fine :) ok. Nice ❤️ ❤️"))
                .containsExactly("Love it!! 😍😍", "Great sound 👍🏽.", "Wow!😍", "Next one.", "Fine :) ok.", "Nice ❤️ ❤️");
    }

    @Test
    void mergesFragmentsWithoutWordsIntoThePreviousSentence() {
        assertThat(splitter.split("Great product\n😍😍😍\nLove it. !!! - <3"))
                .containsExactly("Great product 😍😍😍", "Love it. !!! - <3");
    }

    @Test
    void mergesLeadingFragmentsWithoutWordsIntoTheNextSentence() {
        assertThat(splitter.split("... !!! Great.\n")).containsExactly("... !!! Great.");
    }

    @Test
    void keepsTextWithoutAnyWordsAsOneSentence() {
        assertThat(splitter.split("👍👍 !!")).containsExactly("👍👍 !!");
    }

    @Test
    void keepsTheLastSentenceWithoutFinalPunctuation() {
        assertThat(splitter.split("Good sound. Battery could be better"))
                .containsExactly("Good sound.", "Battery could be better");
    }

    @Test
    void endsSentencesAtLineBreaks() {
        assertThat(splitter.split("Pros\nGood sound, long battery\nCons: heavy"))
                .containsExactly("Pros", "Good sound, long battery", "Cons: heavy");
    }

    @Test
    void keepsClosingQuotesAndBracketsWithTheirSentence() {
        assertThat(splitter.split("He said \"great.\" Then he left. (It was fine.) She said ‘never!’ «Non.» OK"))
                .containsExactly("He said \"great.\"", "Then he left.", "(It was fine.)", "She said ‘never!’", "«Non.»", "OK");
    }

    @Test
    void splitsBeforeLowerCaseContinuationBecauseOneDataSetIsLowerCased() {
        assertThat(splitter.split("it was ok. but then it ripped. i returned it"))
                .containsExactly("it was ok.", "but then it ripped.", "i returned it");
    }

    @Test
    void splitsPunctuationGluedToACapital() {
        assertThat(splitter.split("Sound is good.Battery is great!But the mic... Not good (6 hours).It is ok"))
                .containsExactly("Sound is good.", "Battery is great!", "But the mic...", "Not good (6 hours).", "It is ok");
    }

    @Test
    void keepsAcronymsAbbreviationsAndUrlsGluedToACapital() {
        String text = "The U.S.A is big, e.g.The Alps, Mr.Smith and Ph.D at www.Example.com or https://x.io/?A=B";

        assertThat(splitter.split(text)).containsExactly(text);
    }

    @Test
    void keepsGluedLowerCaseAndLossyQuestionMarksInsideSentence() {
        // The clothing data set lost its curly apostrophes to '?': "i?m 5?2?"
        assertThat(splitter.split("i?m 5?2?, 116 lbs. it fits.the color is nice"))
                .containsExactly("i?m 5?2?, 116 lbs.", "it fits.the color is nice");
    }

    @Test
    void startsANewSentenceAtABulletAfterPunctuation() {
        assertThat(splitter.split("Nice problems.• The sound is great. • Battery is ok."))
                .containsExactly("Nice problems.", "• The sound is great.", "• Battery is ok.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n", " \n \n "})
    void returnsNoSentencesForBlankText(String blank) {
        assertThat(splitter.split(blank)).isEmpty();
    }

    @Test
    void neverReturnsEmptyOrUntrimmedSentences() {
        assertThat(splitter.split(" One.  \n\n Two!   ...   \n .\n"))
                .containsExactly("One.", "Two!   ... .")
                .allSatisfy(sentence -> assertThat(sentence).isNotBlank().isEqualTo(sentence.strip()));
    }
}
