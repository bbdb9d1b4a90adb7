package langsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import langsim.experiment.ExperimentResult;
import langsim.experiment.StackRuns;
import org.junit.jupiter.api.Test;

/** The verdicts per layer in summary.json and on the console, next to the unchanged combined verdict. */
class LayerVerdictOutputTest {
    private static final double[] NO_RUST = {0.0, 0.0};
    /** Application: window shares 0.6, 0.6 (first crossing 2031) and 0.2; research never; foundation 0.3, 0.3, 0.1. */
    private static final ExperimentResult RESULT = StackRuns.result(StackRuns.SPEC, List.of(
            StackRuns.run(NO_RUST, new double[] {0.6, 0.6}, new double[] {0.3, 0.3}),
            StackRuns.run(NO_RUST, new double[] {0.4, 0.8}, new double[] {0.3, 0.3}),
            StackRuns.run(NO_RUST, new double[] {0.2, 0.2}, new double[] {0.1, 0.1})));

    @Test
    void summaryJsonHasEachLayersVerdictNextToTheCombinedOne() throws Exception {
        JsonNode s = Json.mapper().readTree(Json.write(SummaryJson.tree(RESULT)));
        assertEquals("foundation-layer", s.path("verdict").asText());
        assertTrue(s.has("thresholds") && s.has("application_share"), "combined fields stay");

        JsonNode layers = s.path("layers");
        assertEquals(List.of("research", "application", "foundation"), fieldNames(layers));
        JsonNode app = layers.path("application");
        assertEquals(0.5, app.path("threshold").asDouble());
        assertTrue(app.path("leads").asBoolean());
        assertEquals((0.6 + 0.6 + 0.2) / 3, app.path("share").path("mean").asDouble(), 1e-7);
        assertTrue(app.path("share").path("ci_low").asDouble() < app.path("share").path("ci_high").asDouble());
        assertEquals(2, app.path("replications_at_or_above").asInt());
        assertEquals(2.0 / 3, app.path("share_of_replications_at_or_above").asDouble(), 1e-7);
        assertEquals(2, app.path("replications_crossing").asInt());
        assertEquals(2030.5, app.path("first_crossing_year").path("mean").asDouble(), 1e-9);

        JsonNode research = layers.path("research");
        assertFalse(research.path("leads").asBoolean());
        assertEquals(0, research.path("share").path("mean").asDouble());
        assertTrue(research.path("first_crossing_year").path("mean").isNull());

        JsonNode third = s.path("per_replication").get(2).path("layers");
        assertEquals(0.2, third.path("application").path("share").asDouble(), 1e-7);
        assertFalse(third.path("application").path("leads").asBoolean());
        assertTrue(third.path("application").path("first_crossing_year").isNull());
        assertEquals(2030, s.path("per_replication").get(0).path("layers").path("application").path("first_crossing_year").asInt());
    }

    @Test
    void consolePrintsOneLinePerLayerAfterTheCombinedVerdict() {
        String out = ConsoleSummary.format(RESULT);
        List<String> lines = out.lines().toList();
        int verdict = indexOfStart(lines, "Verdict: Rust is a FOUNDATION-LAYER language");
        int perLayer = indexOfStart(lines, "Verdict per layer, share of the layer's new work over the last 2 years:");
        assertTrue(verdict >= 0 && perLayer > verdict, out);
        String app = lines.get(perLayer + 2);
        assertTrue(app.startsWith("  application: Rust leads, 46.7% ["), app);
        assertTrue(app.endsWith("] of new work (threshold 50%), at or above in 2/3 replications, first crossed in 2030.5 (mean of 2)"), app);
        assertEquals("  research: Rust does not lead, 0.0% [0.0, 0.0] of new work (threshold 50%), at or above in 0/3 replications, never crossed",
                lines.get(perLayer + 1));
        assertTrue(lines.get(perLayer + 3).startsWith("  foundation: Rust leads, 23.3% ["), lines.get(perLayer + 3));
        assertTrue(lines.get(perLayer + 3).contains("(threshold 25%), at or above in 2/3 replications"), lines.get(perLayer + 3));
    }

    private static int indexOfStart(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(start)) return i;
        return -1;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
