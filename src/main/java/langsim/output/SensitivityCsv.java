package langsim.output;

import java.util.List;

import langsim.sensitivity.IndexRow;

/**
 * Writes {@code sensitivity.csv}: output,parameter,method,index,value,ci_low,ci_high,note. The note is empty unless
 * the index could not be estimated; then value, ci_low and ci_high are empty and the note says why.
 */
public final class SensitivityCsv {
    public static final String HEADER = "output,parameter,method,index,value,ci_low,ci_high,note";

    private SensitivityCsv() {
    }

    public static String write(List<IndexRow> rows) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (IndexRow r : rows) {
            sb.append(Csv.escape(r.output())).append(',').append(Csv.escape(r.parameter())).append(',')
                    .append(r.method()).append(',').append(r.index()).append(',').append(Num.format(r.value()))
                    .append(',').append(Num.format(r.ciLow())).append(',').append(Num.format(r.ciHigh())).append(',')
                    .append(Csv.escape(r.note())).append('\n');
        }
        return sb.toString();
    }
}
