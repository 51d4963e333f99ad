package io.sentio.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeRepairTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cafÃ©|café",
        "Itâ€™s|It’s",
        "â€œquotedâ€\u009D|“quoted”",
        "waitâ€¦ whatâ€”no|wait… what—no",
        "Â®|®",
        "Â£5 for Â½ price|£5 for ½ price",
        "Ã‰tÃ© naÃ¯ve Ã¼ber|Été naïve über",
        "Å“uvre|œuvre",
        "ÐŸÑ€Ð¸Ð²ÐµÑ‚|Привет",
        "æ—¥æœ¬|日本",
        "ðŸ˜€ðŸ‘\u008D|😀👍",
        "voilÃ\u00A0|voilà",
    })
    void repairsUtf8DecodedAsWindows1252(String mojibake, String repaired) {
        assertThat(MojibakeRepair.repair(mojibake)).isEqualTo(repaired);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ombrã© color|ombré color",
        "appliquã©s and embroidery|appliqués and embroidery",
        "my derriã¨re|my derrière",
        "is ã¼ber cute|is über cute",
        "1960s aprã¨s-ski style|1960s après-ski style",
        "hi-lo front/back.â\u00A0â\u00A0i have|hi-lo front/back.\u00A0\u00A0i have",
    })
    void repairsLowerCasedMojibakeFromTheClothingDataSet(String mojibake, String repaired) {
        assertThat(MojibakeRepair.repair(mojibake)).isEqualTo(repaired);
    }

    @Test
    void repairsTextThatWasMisDecodedTwice() {
        assertThat(MojibakeRepair.repair("cafÃƒÂ©")).isEqualTo("café");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "não", "ação", "São Paulo", "irmã, mãe", "NÃO", "amanhã…", "“amanhã”", "«não»", "«IRMÃ»",
        "C’est réglé\u00A0»", "déjà vu", "CAFÉ…", "Übergröße", "Ñandú", "smörgåsbord", "hyvä»",
        "Noël à Paris", "½ price © 2019 £5 ±2° ¿qué?", "Ελληνικά", "Привет", "日本語", "😀",
        "Â", "ã", "â", "ð",
    })
    void leavesGenuineTextAlone(String genuine) {
        assertThat(MojibakeRepair.repair(genuine)).isEqualTo(genuine);
    }

    @Test
    void returnsTextWithoutMojibakeWithoutCopyingIt() {
        String text = "Nothing to repair in não or café.";

        assertThat(MojibakeRepair.repair(text)).isSameAs(text);
    }
}
