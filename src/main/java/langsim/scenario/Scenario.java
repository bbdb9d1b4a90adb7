package langsim.scenario;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import langsim.config.Doc;
import langsim.config.NameKeys;
import langsim.config.NonEmpty;
import langsim.config.PathSafe;
import langsim.config.Validated;
import langsim.config.Validation;

/** A complete, validated scenario: the world at the start, how it behaves, and what counts as the verdict. */
public record Scenario(
        @Doc("scenario name, used for the default results folder") @PathSafe String name,
        @Doc("one-paragraph description") String description,
        @Doc("time, replications and seed") Simulation simulation,
        @Doc("languages by name") @NonEmpty @NameKeys Map<String, Language> languages,
        @Doc("layers of the AI stack by name") @NonEmpty @NameKeys Map<String, Layer> layers,
        @Doc("researchers, systems engineers and firms") Agents agents,
        @Doc("peer network among individuals") SocialNetwork network,
        @Doc("ecosystem growth and decay") Ecosystem ecosystem,
        @Doc("new algorithms released each year") Algorithms algorithms,
        @Doc("calling code of one language from another: wrapped foundation code and performance-critical cores") Interop interop,
        @Doc("jobs, talent pool and hiring cost") LabourMarket labourMarket,
        @Doc("multipliers of all agents' utility weights, one per mechanism (for sensitivity studies)") ChoiceScales choice,
        @Doc("thresholds of the verdict") Verdict verdict,
        @Doc("changes of parameters from given years") List<Event> events) implements Validated {

    public List<String> languageNames() {
        return List.copyOf(languages.keySet());
    }

    public List<String> layerNames() {
        return List.copyOf(layers.keySet());
    }

    @Override
    public void validate(Validation v) {
        Simulation sim = simulation;
        if (sim.endYear() < sim.startYear()) {
            v.error("simulation.end_year", "end year " + sim.endYear() + " is before start year " + sim.startYear());
        }
        for (var e : layers.entrySet()) {
            String at = "layers." + e.getKey();
            requireKnown(v, at + ".initial_installed_share", e.getValue().initialInstalledShare().keySet(), languages.keySet(), "language");
            requireKnown(v, at + ".initial_ecosystem", e.getValue().initialEcosystem().keySet(), languages.keySet(), "language");
            for (var share : e.getValue().initialInstalledShare().entrySet()) {
                Language lang = languages.get(share.getKey());
                if (share.getValue() > 0 && lang != null && lang.entryYear() > simulation.startYear()) {
                    v.error(at + ".initial_installed_share." + share.getKey(), "a language has no code before its entry_year");
                }
            }
        }
        checkIndividuals(v, "agents.researchers", agents.researchers());
        checkIndividuals(v, "agents.systems_engineers", agents.systemsEngineers());
        requireKnown(v, "agents.firms.layer_mix", agents.firms().layerMix().keySet(), layers.keySet(), "layer");
        if (agents.researchers().count() + agents.systemsEngineers().count() == 0) {
            v.error("agents.researchers.count", "there must be at least one individual (researchers or systems engineers)");
        }
        if (network.meanDegree() % 2 != 0) v.error("network.mean_degree", "must be even, got " + network.meanDegree());
        int people = agents.researchers().count() + agents.systemsEngineers().count();
        if (network.meanDegree() >= people && network.meanDegree() > 0) {
            v.error("network.mean_degree", "must be below the number of individuals (" + people + ")");
        }
        requireLanguage(v, "algorithms.first_language", algorithms.firstLanguage());
        requireKnown(v, "algorithms.layers", algorithms.layers(), layers.keySet(), "layer");
        requireKnown(v, "algorithms.release_bias", algorithms.releaseBias().keySet(), languages.keySet(), "language");
        requireKnown(v, "interop.quality", interop.quality().keySet(), languages.keySet(), "language");
        for (var host : interop.quality().entrySet()) {
            String at = "interop.quality." + host.getKey();
            requireKnown(v, at, host.getValue().keySet(), languages.keySet(), "language");
            for (var guest : host.getValue().entrySet()) {
                if (guest.getKey().equals(host.getKey())) v.error(at + "." + guest.getKey(), "a language is not its own guest");
                if (!(guest.getValue() >= 0 && guest.getValue() <= 1)) {
                    v.error(at + "." + guest.getKey(), "must be in [0, 1], got " + guest.getValue());
                }
            }
        }
        requireKnown(v, "interop.from_layers", interop.fromLayers(), layers.keySet(), "layer");
        requireKnown(v, "interop.to_layers", interop.toLayers(), layers.keySet(), "layer");
        requireLanguage(v, "verdict.language", verdict.language());
        requireKnown(v, "verdict.application_layers", verdict.applicationLayers(), layers.keySet(), "layer");
        requireKnown(v, "verdict.foundation_layers", verdict.foundationLayers(), layers.keySet(), "layer");
        requireKnown(v, "verdict.layer_thresholds", verdict.layerThresholds().keySet(), layers.keySet(), "layer");
        int years = sim.endYear() - sim.startYear() + 1;
        if (verdict.windowYears() > years) {
            v.error("verdict.window_years", "window of " + verdict.windowYears() + " years is longer than the " + years + " simulated years");
        }
        for (int i = 0; i < events.size(); i++) {
            Event ev = events.get(i);
            String at = "events[" + i + "]";
            if (ev.year() < sim.startYear() || ev.year() > sim.endYear()) {
                v.error(at + ".year", "year " + ev.year() + " is outside the simulated years " + sim.startYear() + "-" + sim.endYear());
            }
            if (ev.ramp() != null) checkRamp(v, at, ev);
            for (String key : ev.boostEcosystem().keySet()) {
                int dot = key.lastIndexOf('.');
                if (dot < 0) {
                    v.error(at + ".boost_ecosystem." + key, "expected 'layer.language', got '" + key + "'");
                }
                String layer = key.substring(0, dot);
                String language = key.substring(dot + 1);
                if (!layers.containsKey(layer)) v.error(at + ".boost_ecosystem." + key, "unknown layer '" + layer + "'; known: " + layers.keySet());
                if (!languages.containsKey(language)) v.error(at + ".boost_ecosystem." + key, "unknown language '" + language + "'; known: " + languages.keySet());
            }
        }
    }

    /**
     * A ramp ends after its start and within the run (so its full effect is in force), and does not carry a boost:
     * a boost adds ecosystem once, there is no value before and after it to ramp between.
     */
    private void checkRamp(Validation v, String at, Event ev) {
        int to = ev.ramp().toYear();
        if (to <= ev.year()) {
            v.error(at + ".ramp.to_year", (to == 0 ? "missing: " : "got " + to + ": ")
                    + "the year the change is complete, after the event's year " + ev.year());
        }
        if (to > simulation.endYear()) {
            v.error(at + ".ramp.to_year", "year " + to + " is after the last simulated year " + simulation.endYear());
        }
        if (!ev.boostEcosystem().isEmpty()) {
            v.error(at + ".ramp", "boost_ecosystem adds ecosystem once and cannot ramp; put it in an event without ramp");
        }
    }

    private void checkIndividuals(Validation v, String at, IndividualType type) {
        requireKnown(v, at + ".layer_mix", type.layerMix().keySet(), layers.keySet(), "layer");
        requireKnown(v, at + ".initial_proficiency", type.initialProficiency().keySet(), languages.keySet(), "language");
        requireKnown(v, at + ".graduate_mix", type.graduateMix().keySet(), languages.keySet(), "language");
        requireKnown(v, at + ".experienced_entrants", type.experiencedEntrants().keySet(), languages.keySet(), "language");
        boolean graduateAtStart = type.graduateMix().entrySet().stream()
                .anyMatch(e -> e.getValue() > 0 && languages.get(e.getKey()).entryYear() <= simulation.startYear());
        if (!graduateAtStart) v.error(at + ".graduate_mix", "no language with a share exists at the start (entry_year)");
        for (var e : type.initialProficiency().entrySet()) {
            if (e.getValue() > 0 && languages.get(e.getKey()).entryYear() > simulation.startYear()) {
                v.error(at + ".initial_proficiency." + e.getKey(), "nobody can know a language before its entry_year");
            }
        }
        double perTick = (type.projectsPerYear() + type.learningReviewsPerYear() + type.exitRate()) / simulation.ticksPerYear();
        if (perTick > 1) {
            v.error(at + ".projects_per_year", "projects, learning reviews and exits per year exceed one per tick; raise simulation.ticks_per_year");
        }
    }

    private void requireLanguage(Validation v, String path, String name) {
        if (!languages.containsKey(name)) v.error(path, "unknown language '" + name + "'; known: " + languages.keySet());
    }

    private static void requireKnown(Validation v, String path, Collection<String> names, Collection<String> known, String what) {
        int i = 0;
        for (String n : names) {
            if (!known.contains(n)) {
                boolean isList = names instanceof List;
                v.error(isList ? path + "[" + i + "]" : path + "." + n, "unknown " + what + " '" + n + "'; known: " + known);
            }
            i++;
        }
    }
}
