package langsim.calibrate;

/** One row of an observations CSV; {@code line} is its 1-based line in the file. */
public record Observation(int year, String metric, String language, String layer, double value, String source, int line) {
}
