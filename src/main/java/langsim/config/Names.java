package langsim.config;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for names written in configuration files: names that become folder names ({@link PathSafe}) and names
 * of languages and layers ({@link NameKeys}), which end up in CSV cells and in dotted scenario paths.
 */
public final class Names {
    /** A folder name fits under any file system's 255-byte limit with room for prefixes and staging suffixes. */
    public static final int MAX_FILE_NAME_BYTES = 100;
    /** Allowed values of a {@link PathSafe} field, for the field reference; docs/scenarios.md spells out the rule. */
    public static final String FILE_NAME_RULE = "a folder name (see Naming)";
    /** Allowed names of a {@link NameKeys} map, for the field reference. */
    public static final String NAME_RULE = "names start with a letter or digit and contain only letters, digits,"
            + " '+', '#', '_', '-' and inner spaces";

    /**
     * {@link #NAME} for JSON Schema (ECMA 262 without the u flag has no \p classes): ASCII exactly as {@link
     * #nameProblem}, any non-ASCII character allowed.
     */
    public static final String NAME_PATTERN_JSON = "^(?:[A-Za-z0-9]|[^\\x00-\\x7F])"
            + "(?:(?:[A-Za-z0-9+#_ -]|[^\\x00-\\x7F])*(?:[A-Za-z0-9+#_-]|[^\\x00-\\x7F]))?$";
    /**
     * {@link #fileNameProblem} for JSON Schema, except the length in bytes (a schema counts characters) and the
     * Windows device names.
     */
    public static final String FILE_NAME_PATTERN_JSON = "^[^-.\\s\\x00-\\x1F\\x7F-\\x9F/\\\\:*?\"<>|]"
            + "(?:[^\\x00-\\x1F\\x7F-\\x9F/\\\\:*?\"<>|]*[^.\\s\\x00-\\x1F\\x7F-\\x9F/\\\\:*?\"<>|])?$";

    private static final String UNSAFE_FILE_CHARS = "/\\:*?\"<>|";
    /** Windows refuses these as file names, with or without an extension. */
    private static final Set<String> DEVICE_NAMES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    /**
     * No leading '=', '+', '-' or '@', so no spreadsheet reads a CSV cell as a formula; no '.', so dotted paths such
     * as {@code languages.<name>.performance} and {@code layer.language} keys can address every name.
     */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{M}\\p{N}+#_ -]*[\\p{L}\\p{M}\\p{N}+#_-])?");

    private Names() {}

    /** Why {@code name} cannot be a folder name on common systems, or null if it can. */
    public static String fileNameProblem(String name) {
        if (name.isEmpty()) return "must not be empty (it names a results folder)";
        if (name.equals(".") || name.equals("..")) return "'" + name + "' is not allowed (it names a results folder)";
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                return String.format(Locale.ROOT, "control character U+%04X is not allowed (it names a results folder)", (int) c);
            }
            if (UNSAFE_FILE_CHARS.indexOf(c) >= 0) return "character '" + c + "' is not allowed (it names a results folder)";
        }
        char first = name.charAt(0);
        char last = name.charAt(name.length() - 1);
        if (first == '.' || first == '-' || Character.isWhitespace(first)) {
            return "must not start with '" + first + "' (it names a results folder)";
        }
        if (last == '.' || Character.isWhitespace(last)) return "must not end with '" + last + "' (it names a results folder)";
        if (DEVICE_NAMES.contains(name.split("\\.", 2)[0].toLowerCase(Locale.ROOT))) {
            return "'" + name + "' is a reserved device name on Windows (it names a results folder)";
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_FILE_NAME_BYTES) {
            return "is too long: at most " + MAX_FILE_NAME_BYTES + " bytes in UTF-8 (it names a results folder)";
        }
        return null;
    }

    /** Why {@code name} cannot name a language or layer, or null if it can. */
    public static String nameProblem(String name) {
        if (NAME.matcher(name).matches()) return null;
        // a one-line message drops outer spaces, so say so rather than quote a name that looks valid
        if (!name.equals(name.strip())) return "must not start or end with a space: " + NAME_RULE;
        return "'" + Support.abbreviate(name) + "' is not a valid name: " + NAME_RULE;
    }
}
