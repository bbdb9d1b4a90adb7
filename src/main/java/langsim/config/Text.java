package langsim.config;

import java.util.Locale;

/**
 * Valid text in configuration files: the characters YAML allows in a file (tab, line breaks, printable Unicode),
 * also after escapes such as {@code "\ud800"} or {@code "\x01"}, so every text can be written back as UTF-8.
 */
final class Text {
    private Text() {}

    /** Why {@code s} is not valid text, or null if it is. */
    static String problem(String s) {
        int index = 1;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i)), index++) {
            int c = s.codePointAt(i);
            if (printable(c)) continue;
            String what = c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE
                    ? "lone surrogate" : Character.isISOControl(c) ? "control character" : "non-character";
            return String.format(Locale.ROOT, "not valid text: %s U+%04X at character %d", what, c, index);
        }
        return null;
    }

    /** YAML 1.2's printable set: what a YAML stream may contain as is. */
    private static boolean printable(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0x7E || c == 0x85
                || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }
}
