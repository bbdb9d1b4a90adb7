package langsim.experiment;

import langsim.scenario.Scenario;

/**
 * What the cost of one replication depends on: the number of agents, the simulated ticks, the peer network's degree
 * (set-up builds it edge by edge) and the size of the yearly record (years x layers x languages).
 */
public record RunSize(long researchers, long engineers, long firms, int startYear, int endYear, int ticksPerYear,
                      int meanDegree, int layers, int languages) {

    public static RunSize of(Scenario s) {
        var sim = s.simulation();
        var agents = s.agents();
        return new RunSize(agents.researchers().count(), agents.systemsEngineers().count(), agents.firms().count(),
                sim.startYear(), sim.endYear(), sim.ticksPerYear(), s.network().meanDegree(), s.layers().size(),
                s.languages().size());
    }

    /** This size with one scenario field set to a value (a sweep point, a fitted parameter); other fields cost nothing. */
    public RunSize with(String path, double value) {
        long n = Math.round(value);
        int i = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
        return switch (path) {
            case "agents.researchers.count" -> new RunSize(n, engineers, firms, startYear, endYear, ticksPerYear, meanDegree, layers, languages);
            case "agents.systems_engineers.count" -> new RunSize(researchers, n, firms, startYear, endYear, ticksPerYear, meanDegree, layers, languages);
            case "agents.firms.count" -> new RunSize(researchers, engineers, n, startYear, endYear, ticksPerYear, meanDegree, layers, languages);
            case "simulation.start_year" -> new RunSize(researchers, engineers, firms, i, endYear, ticksPerYear, meanDegree, layers, languages);
            case "simulation.end_year" -> new RunSize(researchers, engineers, firms, startYear, i, ticksPerYear, meanDegree, layers, languages);
            case "simulation.ticks_per_year" -> new RunSize(researchers, engineers, firms, startYear, endYear, i, meanDegree, layers, languages);
            case "network.mean_degree" -> new RunSize(researchers, engineers, firms, startYear, endYear, ticksPerYear, i, layers, languages);
            default -> this;
        };
    }

    /** Field by field the costlier of the two sizes: an upper bound for runs whose sizes differ. */
    public RunSize costlier(RunSize o) {
        return new RunSize(Math.max(researchers, o.researchers), Math.max(engineers, o.engineers), Math.max(firms, o.firms),
                Math.min(startYear, o.startYear), Math.max(endYear, o.endYear), Math.max(ticksPerYear, o.ticksPerYear),
                Math.max(meanDegree, o.meanDegree), Math.max(layers, o.layers), Math.max(languages, o.languages));
    }

    public long individuals() {
        return researchers + engineers;
    }

    public int years() {
        return Math.max(0, endYear - startYear + 1);
    }

    /** Agents considered over the run: every individual and firm once per tick (as {@code bench} counts them). */
    public double agentSteps() {
        return (double) (individuals() + firms) * years() * ticksPerYear;
    }

    /** Year x layer x language cells of the run's record; each is kept for the whole run (see {@link CostGuard}). */
    public double recordCells() {
        return (double) years() * layers * languages;
    }
}
