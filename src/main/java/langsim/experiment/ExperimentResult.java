package langsim.experiment;

import java.util.List;

import langsim.model.RunRecord;
import langsim.scenario.Scenario;

/** All replications of one scenario, their verdicts and the summary over them. */
public record ExperimentResult(
        Scenario scenario,
        List<Long> seeds,
        List<RunRecord> runs,
        List<ReplicationVerdict> verdicts,
        ExperimentSummary summary) {
}
