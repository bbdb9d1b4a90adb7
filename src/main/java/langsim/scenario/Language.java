package langsim.scenario;

import langsim.config.Doc;
import langsim.config.Range;

/** Fixed traits of one programming language; all on a 0..1 scale except learning time. */
public record Language(
        @Doc("runtime performance, 1 = best native code") @Range(min = 0, max = 1) double performance,
        @Doc("memory safety guarantees, 1 = safe by construction") @Range(min = 0, max = 1) double memorySafety,
        @Doc("iteration speed / productivity, 1 = fastest edit-run loop") @Range(min = 0, max = 1) double productivity,
        @Doc("years of part-time study for a developer to become proficient") @Range(min = 0.05, max = 20) double learningYears) {
}
