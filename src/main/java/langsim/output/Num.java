package langsim.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Locale-independent, deterministic number text: for CSV and JSON 8 significant digits, NaN as empty; for people
 * (reports, chart labels) {@link #readable} and {@link #percent}, a few digits.
 */
public final class Num {
    private static final MathContext DIGITS = new MathContext(8);
    private static final MathContext READABLE = new MathContext(3);

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

    /**
     * A number for people: 3 significant digits, no trailing zeros ("0.00244", "1500"), an exponent only for the very
     * large or small ("3.57e30", "1.2e-7"); NaN as "–".
     */
    public static String readable(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return "–";
        if (value == 0) return "0";
        BigDecimal d = new BigDecimal(value).round(READABLE).stripTrailingZeros();
        double a = Math.abs(value);
        if (a >= 1e7 || a < 1e-5) {
            BigDecimal mantissa = d.movePointLeft(d.precision() - d.scale() - 1);
            return mantissa.stripTrailingZeros().toPlainString() + "e" + (d.precision() - d.scale() - 1);
        }
        return d.toPlainString();
    }

    /**
     * A share (0..1) as a percentage for people: whole percent from 10 %, one decimal from 1 %, two significant digits
     * below ("12%", "5.1%", "0.24%"), so that a rare share never reads as zero; NaN as "–".
     */
    public static String percent(double share) {
        if (Double.isNaN(share) || Double.isInfinite(share)) return "–";
        double p = share * 100;
        // rounding noise of interval formulas (5.6e-18) is zero
        if (Math.abs(share) < 1e-12) return "0%";
        double a = Math.abs(p);
        BigDecimal d = a >= 10 ? new BigDecimal(p).setScale(0, RoundingMode.HALF_EVEN)
                : a >= 1 ? new BigDecimal(p).setScale(1, RoundingMode.HALF_EVEN) : new BigDecimal(p).round(new MathContext(2));
        return d.stripTrailingZeros().toPlainString() + "%";
    }
}
