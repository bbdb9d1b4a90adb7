package langsim.output;

import java.math.BigDecimal;
import java.math.MathContext;

/** Locale-independent, deterministic number text for CSV and JSON: 8 significant digits, NaN as empty. */
public final class Num {
    private static final MathContext DIGITS = new MathContext(8);

    private Num() {
    }

    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return "";
        if (value == 0) return "0";
        return new BigDecimal(value).round(DIGITS).stripTrailingZeros().toPlainString();
    }

    /** The same rounding as {@link #format}, as a number for JSON (null for NaN). */
    public static Double round(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return null;
        return new BigDecimal(value).round(DIGITS).doubleValue();
    }
}
