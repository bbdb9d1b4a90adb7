package langsim.output;

/** RFC 4180 quoting for the few free-text fields (names from scenario files). */
public final class Csv {
    private Csv() {
    }

    public static String escape(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
