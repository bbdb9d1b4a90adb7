package langsim.scenario;

import java.util.List;
import java.util.Map;

import langsim.config.Doc;
import langsim.config.Range;

/**
 * Interop between languages, in any direction: how well code in a guest language can be called from a host language
 * (Rust via PyO3, C++ via pybind11, C++ from Rust via cxx). It does two things: foundation code of a guest counts
 * toward the host's ecosystem, and a project in a host may write its performance-critical core in a guest.
 */
public record Interop(
        @Doc("quality of calling each guest from each host, host -> guest -> 0..1 (missing pairs: 0); the share of the"
                + " guest's wrappable code usable from the host, and the share of a project's core that can move to it")
        Map<String, Map<String, Double>> quality,
        @Doc("layers whose code can be wrapped") List<String> fromLayers,
        @Doc("layers in which wrapped code counts toward the host's ecosystem") List<String> toLayers,
        @Doc("share of a project's work that is its performance-critical core in a layer of performance_need 1 (scaled"
                + " by the layer's need); a project may write this core in a guest language that fits it better")
        @Range(min = 0, max = 1) double coreShare) {
}
