package langsim.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** Tick labels for log axes: a few significant digits with grouping (3,200 rather than 3,162.278), locale-free. */
final class SignificantFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final int digits;

    SignificantFormat(int digits) {
        this.digits = digits;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        if (Double.isNaN(number) || Double.isInfinite(number) || number == 0) return toAppendTo.append(number == 0 ? "0" : "");
        BigDecimal rounded = new BigDecimal(number).round(new MathContext(digits));
        DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return toAppendTo.append(f.format(rounded));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException();
    }
}
