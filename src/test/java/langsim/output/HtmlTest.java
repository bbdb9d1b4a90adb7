package langsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one HTML escaper of the reports, and the numbers they print. */
class HtmlTest {
    @Test
    void markupCharactersAreEscaped() {
        assertEquals("&lt;b a=&quot;1&quot; c=&#39;2&#39;&gt;x &amp; y&lt;/b&gt;", Html.escape("<b a=\"1\" c='2'>x & y</b>"));
        assertEquals("", Html.escape(null));
    }

    @Test
    void controlCharactersBecomeReplacementCharactersButWhitespaceStays() {
        for (char c = 0; c < 0x20; c++) {
            String out = Html.escape("a" + c + "b");
            if (c == '\t' || c == '\n' || c == '\r') assertEquals("a" + c + "b", out, "keeps " + (int) c);
            else assertEquals("a&#xfffd;b", out, "replaces " + (int) c);
        }
        assertEquals("é – 漢", Html.escape("é – 漢"), "other text passes as is");
    }

    @Test
    void escapingIsInjectiveOnTheMarkupCharacters() {
        // no two inputs give the same text: an escaped string never contains a raw markup character
        String all = "<>&\"'";
        String out = Html.escape(all + Html.escape(all));
        for (char c : "<>\"'".toCharArray()) assertFalse(out.indexOf(c) >= 0, "raw " + c);
        assertTrue(out.startsWith("&lt;&gt;&amp;&quot;&#39;&amp;lt;"));
    }

    @Test
    void readableNumbersHaveAtMostThreeSignificantDigits() {
        double[] xs = {0.0024414063, 123456.789, -0.9876543, 1.0, 2.5e-9, 3.57e30, 0.1 + 0.2};
        for (double x : xs) {
            String s = Num.readable(x);
            String mantissa = s.split("e")[0].replace("-", "").replace(".", "").replaceFirst("^0+", "").replaceFirst("0+$", "");
            assertTrue(mantissa.length() <= 3, x + " -> " + s);
            // it is the same number, to 3 significant digits
            assertEquals(x, Double.parseDouble(s), Math.abs(x) * 5e-3, s);
        }
        assertEquals("0.00244", Num.readable(0.0024414063));
        assertEquals("0.3", Num.readable(0.1 + 0.2));
    }

    @Test
    void percentagesKeepRareSharesVisibleAndAreMonotone() {
        assertEquals("0%", Num.percent(0));
        assertEquals("0%", Num.percent(5.6e-18), "rounding noise of an interval formula is zero");
        assertEquals("0.24%", Num.percent(0.0024414063));
        assertEquals("5.2%", Num.percent(0.052));
        assertEquals("12%", Num.percent(0.1234));
        assertEquals("100%", Num.percent(1));
        double last = -1;
        for (int i = 0; i <= 2000; i++) {
            double share = i / 2000.0;
            double shown = Double.parseDouble(Num.percent(share).replace("%", "")) / 100;
            assertTrue(shown >= last, "monotone at " + share);
            if (share > 0) assertFalse(Num.percent(share).equals("0%"), "a positive share is not shown as zero: " + share);
            last = shown;
        }
    }
}
