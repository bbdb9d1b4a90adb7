package langsim.calibrate;

/** A 95 % predictive interval on the observation's own scale; NaN bounds when there is none. */
public record PredictionBand(double low, double high) {
    public boolean covers(double v) {
        return v >= low && v <= high;
    }
}
