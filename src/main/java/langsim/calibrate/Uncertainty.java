package langsim.calibrate;

/** What the data leave open: the restarts' spread, the loss slice per parameter and the ensemble behind the intervals. */
record Uncertainty(Restarts restarts, Profile profile, Ensemble ensemble) {
    String summary() {
        return restarts.summary() + profile.summary() + ensemble.summary();
    }
}
