package langsim.sweep;

import langsim.experiment.VerdictKind;

/** What one run of a sweep produced: its place in the design, its seed, its verdict and numeric outputs. */
public record RunResult(int run, int point, int replication, long seed, VerdictKind verdict, double[] outputs) {
}
