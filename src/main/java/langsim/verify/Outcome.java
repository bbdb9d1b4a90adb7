package langsim.verify;

import java.util.List;

/** What running one reference model produced: its resolved parameters, the checks and the chart panels. */
public record Outcome(String model, String parameters, List<Check> checks, List<Panel> panels, double seconds) {
    public boolean passed() {
        return checks.stream().allMatch(Check::pass);
    }
}
