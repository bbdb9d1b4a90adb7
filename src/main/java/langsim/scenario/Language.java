package langsim.scenario;

import langsim.config.Doc;
import langsim.config.Range;
import langsim.config.Validated;
import langsim.config.Validation;

/** Fixed traits of one programming language; all on a 0..1 scale except learning time. */
public record Language(
        @Doc("runtime performance, 1 = best native code") @Range(min = 0, max = 1) double performance,
        @Doc("memory safety guarantees, 1 = safe by construction") @Range(min = 0, max = 1) double memorySafety,
        @Doc("iteration speed / productivity, 1 = fastest edit-run loop") @Range(min = 0, max = 1) double productivity,
        @Doc("years of part-time study for a developer to become proficient") @Range(min = 0.05, max = 20) double learningYears,
        @Doc("year from which the language exists (0: from the start); before it nobody can choose, learn or know it,"
                + " and its layers' initial_ecosystem appears when it enters") @Range(min = 0, max = 3000) int entryYear,
        @Doc("elasticity of productivity to the language's ecosystem: productivity x (ecosystem / ecosystem at"
                + " entry)^e, at most 1 (tooling, libraries and AI assistants trained on its code make it faster to"
                + " work in)") @Range(min = 0, max = 2) double productivityElasticity,
        @Doc("elasticity of learning time to the language's ecosystem: learning_years x (ecosystem / ecosystem at"
                + " entry)^-e (more tutorials, answers and assistants)") @Range(min = 0, max = 2) double learningElasticity) implements Validated {

    /**
     * Defaults for a language a scenario adds: traits must be given; it is present from the start and its traits do
     * not change with its ecosystem.
     */
    public static Language defaults() {
        return new Language(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, 0);
    }

    @Override
    public void validate(Validation v) {
        String[] names = {"performance", "memory_safety", "productivity", "learning_years"};
        double[] values = {performance, memorySafety, productivity, learningYears};
        for (int i = 0; i < names.length; i++) {
            if (Double.isNaN(values[i])) v.error(names[i], "missing required field '" + names[i] + "'");
        }
    }
}
