package langsim.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import langsim.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each reference model passes on small parameter sets (sizes chosen so that sampling noise stays well inside the
 * tolerances) and FAILS when its mechanism is deliberately broken. The full-size defaults (Bass at N = 100,000)
 * run in {@code langsim verify}, see docs/validation.md.
 */
class VerifyTest {
    private static final long SEED = 7;
    private static final int THREADS = 2;

    private static Outcome run(ReferenceModel m, String... sets) {
        return Verifier.run(m, List.of(sets), SEED, THREADS);
    }

    private static String failures(Outcome o) {
        return Verifier.table(List.of(o));
    }

    // Bass at N = 50,000: one run's F(t) has sd up to ~0.006 (early-adopter timing spreads it beyond binomial), the
    // mean of 8 runs ~0.002, plus the 1/52-year step bias 0.002: far inside the 1 pp tolerance.
    private static final String[] SMALL_BASS = {"N=50000", "steps=52", "runs=8"};

    @Test
    void bassPassesAndFailsWithAWrongHazard() {
        Outcome ok = run(new Bass(), SMALL_BASS);
        assertTrue(ok.passed(), failures(ok));
        // a hazard that ignores imitation (q) lags the closed form by far more than a point
        Outcome broken = run(new Bass((p, q, f, dt) -> -Math.expm1(-(p + 0.8 * q * f) * dt)), SMALL_BASS);
        assertFalse(broken.passed());
        assertTrue(broken.checks().stream().anyMatch(c -> c.quantity().startsWith("F(") && !c.pass()));
    }

    @Test
    void bassStepCheckFailsWhenTheTickRuleIsBiased() {
        // linear hazard with the share frozen a whole tick: first-order bias, still shrinking, but a hazard that
        // doubles the step's effect does not converge to the closed form
        Outcome broken = run(new Bass((p, q, f, dt) -> Math.min(1, (p + q * f) * dt * (1 + 50 * dt))), SMALL_BASS);
        assertFalse(broken.passed(), failures(broken));
    }

    @Test
    void bassOtherParametersPass() {
        Outcome ok = run(new Bass(), "p=0.01", "q=0.5", "N=30000", "steps=365", "runs=8", "years=25");
        assertTrue(ok.passed(), failures(ok));
    }

    @Test
    void abramsStrogatzPassesAndFailsWithSwappedStatus() {
        String[] small = {"N=4000", "steps=20", "runs=10", "x0=0.5", "T=30"};
        Outcome ok = run(new AbramsStrogatz(), small);
        assertTrue(ok.passed(), failures(ok));
        assertTrue(ok.checks().get(ok.checks().size() - 1).quantity().contains("the higher"));
        // status applied to the wrong language: the lower-status language wins, the trajectory leaves the ODE
        Outcome broken = run(new AbramsStrogatz((speaksX, x, a, s, c, dt) ->
                AbramsStrogatzModel.EXACT.probability(speaksX, x, a, 1 - s, c, dt)), small);
        assertFalse(broken.passed());
        // and with a < 1 handled as a > 1 would be: still follows the ODE (coexistence), no takeover row
        Outcome coexist = run(new AbramsStrogatz(), "N=4000", "steps=20", "runs=10", "x0=0.5", "T=30", "a=0.8");
        assertTrue(coexist.passed(), failures(coexist));
    }

    @Test
    void abramsStrogatzWrongExponentFails() {
        Outcome broken = run(new AbramsStrogatz((speaksX, x, a, s, c, dt) ->
                AbramsStrogatzModel.EXACT.probability(speaksX, x, 1.0, s, c, dt)), "N=4000", "steps=20", "runs=10", "x0=0.5", "T=30");
        assertFalse(broken.passed(), failures(broken));
    }

    @Test
    void arthurPassesOnDefaultsAndOtherParameters() {
        Outcome ok = run(new Arthur(), "runs=2000");
        assertTrue(ok.passed(), failures(ok));
        Outcome other = run(new Arthur(), "aR=1.0", "bR=0.7", "aS=0.2", "bS=0.4", "r=0.005", "s=0.02", "runs=2000");
        assertTrue(other.passed(), failures(other));
        assertEquals(Arthur.published(1.0, 0.7, 0.2, 0.4, 0.005, 0.02), other.checks().get(1).published(), 1e-12);
    }

    @Test
    void arthurFailsWithoutIncreasingReturnsForRAgents() {
        // R-agents ignore the adopter counts: they never defect to B, so A wins far more often than P(A)
        ArthurModel.Choice broken = (typeR, nA, nB, aR, bR, aS, bS, r, s) -> typeR
                ? aR >= bR : ArthurModel.PAYOFF.choosesA(false, nA, nB, aR, bR, aS, bS, r, s);
        Outcome o = run(new Arthur(broken), "runs=2000");
        assertFalse(o.passed(), failures(o));
    }

    @Test
    void arthurFailsWhenAgentsErrSoNothingLocksIn() {
        // an agent that picks at random one time in fifty breaks lock-in
        ArthurModel.Choice noisy = (typeR, nA, nB, aR, bR, aS, bS, r, s) -> ((nA * 31 + nB * 17) % 50 == 0)
                != ArthurModel.PAYOFF.choosesA(typeR, nA, nB, aR, bR, aS, bS, r, s);
        Outcome o = run(new Arthur(noisy), "runs=200", "max_arrivals=20000");
        assertFalse(o.checks().get(0).pass(), failures(o));
    }

    @Test
    void badParametersAreOneLineErrors() {
        ConfigException e = assertThrows(ConfigException.class, () -> run(new Bass(), "z=1"));
        assertTrue(e.getMessage().contains("unknown parameter"), e.getMessage());
        assertThrows(ConfigException.class, () -> run(new Bass(), "N=1.5"));
        assertThrows(ConfigException.class, () -> run(new Arthur(), "aR=0.1"));
        assertThrows(ConfigException.class, () -> Verifier.byName("nope"));
    }

    @Test
    void writesCsvAndChart(@TempDir Path dir) throws Exception {
        Outcome o = run(new Arthur(), "runs=200");
        Verifier.write(dir.resolve("v"), List.of(o), SEED);
        List<String> lines = Files.readAllLines(dir.resolve("v/verify.csv"));
        assertEquals("model,quantity,published,simulated,ci_low,ci_high,tolerance,pass", lines.get(0));
        assertEquals(1 + o.checks().size(), lines.size());
        assertTrue(Files.size(dir.resolve("v/verify.png")) > 10_000);
        assertTrue(Files.exists(dir.resolve("v/verify.svg")));
    }

    @Test
    void sameSeedSameResultWhateverTheThreads() {
        Outcome one = Verifier.run(new Arthur(), List.of("runs=300"), SEED, 1);
        Outcome two = Verifier.run(new Arthur(), List.of("runs=300"), SEED, 2);
        assertEquals(one.checks(), two.checks());
    }
}
