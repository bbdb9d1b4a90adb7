package langsim.sensitivity;

/** One row of the tidy sensitivity table: an index of one parameter for one output, with its interval (NaN = none). */
public record IndexRow(String output, String parameter, String method, String index, double value, double ciLow,
                       double ciHigh) {
}
