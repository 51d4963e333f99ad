package io.sentio.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void stripsBreakTagsAsLineBreaks() {
        assertThat(cleaner.clean("Great film.<br /><br />The acting<br/>was superb<BR>really"))
                .isEqualTo("Great film.\nThe acting\nwas superb\nreally");
    }

    @Test
    void stripsBlockTagsWithAttributesAsLineBreaks() {
        assertThat(cleaner.clean("<p class=\"intro\">One</p><p>Two</p><li>Three"))
                .isEqualTo("One\nTwo\nThree");
    }

    @Test
    void stripsInlineTagsWithoutGluingWordsOrDetachingPunctuation() {
        assertThat(cleaner.clean("see <i>Boomerang</i>. Verhoeven's<em>Basic instinct</em>, a <b>very</b> good"
                + " <a href=\"http://x.example/?a=1&b=2\">film</a>"))
                .isEqualTo("see Boomerang. Verhoeven's Basic instinct, a very good film");
    }

    @Test
    void separatesWordsAcrossAdjacentInlineTags() {
        assertThat(cleaner.clean("<b>one</b><i>two</i> <u>three</u>&amp;<u>four</u>")).isEqualTo("one two three&four");
    }

    @Test
    void stripsHtmlComments() {
        assertThat(cleaner.clean("Good<!-- tracking pixel -->movie")).isEqualTo("Good movie");
    }

    @Test
    void keepsAngleBracketsThatAreNotMarkup() {
        String text = "I LOVE IT! <3 and 3 < 5 > 2, <Pros> good bass <grin> <SPOILER> it dies";

        assertThat(cleaner.clean(text)).isEqualTo(text);
    }

    @Test
    void decodesNamedEntities() {
        assertThat(cleaner.clean("Tom &amp; Jerry &quot;classic&quot; &lt;3 &gt; &apos;em&apos; "
                + "caf&eacute; &Eacute;t&eacute; &hellip; &mdash; &rsquo;90s 10&nbsp;cm &copy;"))
                .isEqualTo("Tom & Jerry \"classic\" <3 > 'em' café Été … — ’90s 10 cm ©");
    }

    @Test
    void decodesNumericEntities() {
        assertThat(cleaner.clean("it&#39;s &#x27;fine&#X27; &#8230; Alt&#305;oklar &#128512;"))
                .isEqualTo("it's 'fine' … Altıoklar 😀");
    }

    @Test
    void decodesNumericEntitiesInTheWindows1252RangeAsBrowsersDo() {
        assertThat(cleaner.clean("don&#146;t &#147;quote&#148; &#150; &#128;5")).isEqualTo("don’t “quote” – €5");
    }

    @Test
    void decodesEntitiesEscapedMoreThanOnce() {
        assertThat(cleaner.clean("i&amp;#39;m 5&amp;amp;amp;amp;#39;8&amp;amp;quot; &amp;amp; more"))
                .isEqualTo("i'm 5'8\" & more");
    }

    @Test
    void leavesTextThatOnlyLooksLikeAnEntity() {
        String text = "Q&A, T&A; AT&T, ?ie=UTF8&psc=1 &lows &#39 &bogus; &#0; &#xD800; &#99999999; &";

        assertThat(cleaner.clean(text)).isEqualTo(text);
    }

    @Test
    void normalisesToNfc() {
        assertThat(cleaner.clean("cafe\u0301 nai\u0308ve")).isEqualTo("caf\u00E9 na\u00EFve");
    }

    @Test
    void collapsesWhitespaceRunsAndKeepsOneLineBreakPerBreakRun() {
        assertThat(cleaner.clean("  Great \t fit.\r\n\r\n  Love   it\u00A0\u2003now \n"))
                .isEqualTo("Great fit.\nLove it now");
    }

    @Test
    void dropsInvisibleFormatCharactersButKeepsEmojiJoiners() {
        assertThat(cleaner.clean("\uFEFFsoft\u00ADware wo\u2060rd bell\u0007 buying\u200B this 👩\u200D💻"))
                .isEqualTo("software word bell buying this 👩\u200D💻");
    }

    @Test
    void repairsMojibake() {
        assertThat(cleaner.clean("The appliquã© is cute. Itâ€™s a cafÃ©.")).isEqualTo("The appliqué is cute. It’s a café.");
    }

    @Test
    void keepsCase() {
        assertThat(cleaner.clean("LOVE it, Hate THAT")).isEqualTo("LOVE it, Hate THAT");
    }

    @Test
    void returnsCleanTextWithoutCopyingIt() {
        String clean = "Already clean.\nNothing to do, not even for café or 😀.";

        assertThat(cleaner.clean(clean)).isSameAs(clean);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t\r\n", "\u00A0", "<br /><br />", "<p></p>", "&nbsp;"})
    void returnsEmptyStringForBlankInput(String blank) {
        assertThat(cleaner.clean(blank)).isEmpty();
    }
}
