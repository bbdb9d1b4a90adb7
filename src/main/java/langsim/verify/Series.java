package langsim.verify;

/** A line of a verify chart: the published curve ({@code reference}) or a simulated mean with its 95 % band. */
record Series(String name, double[] x, double[] y, double[] low, double[] high, boolean reference) {
    static Series published(String name, double[] x, double[] y) {
        return new Series(name, x, y, null, null, true);
    }

    static Series simulated(String name, double[] x, double[] y, double[] low, double[] high) {
        return new Series(name, x, y, low, high, false);
    }
}
