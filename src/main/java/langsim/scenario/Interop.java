package langsim.scenario;

import java.util.List;

import langsim.config.Doc;

/** Wrapping: foundation code in other languages called from a host language (Rust via PyO3, C++ via pybind11). */
public record Interop(
        @Doc("language that wraps and calls the others") String host,
        @Doc("layers whose code can be wrapped") List<String> fromLayers,
        @Doc("layers in which wrapped code counts toward the host's ecosystem") List<String> toLayers) {
}
