package langsim.output;

/**
 * One text cell of a CSV file (names, paths, labels, sources): RFC 4180 quoting, and no spreadsheet formula.
 * Numbers are written with {@link Num} and never pass here.
 */
public final class Csv {
    /** A spreadsheet reads a cell starting with one of these as a formula (OWASP, "CSV Injection"). */
    private static final String FORMULA_TRIGGERS = "=+-@\t\r";

    private Csv() {
    }

    /** The cell as written: quoted when it holds a separator or quote, prefixed with ' when it could be a formula. */
    public static String escape(String field) {
        boolean formula = !field.isEmpty() && FORMULA_TRIGGERS.indexOf(field.charAt(0)) >= 0;
        if (formula) return quote("'" + field);
        boolean plain = field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0;
        return plain ? field : quote(field);
    }

    private static String quote(String field) {
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
