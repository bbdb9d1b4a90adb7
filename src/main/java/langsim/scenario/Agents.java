package langsim.scenario;

import langsim.config.Doc;

/** The three kinds of agents. */
public record Agents(
        @Doc("data scientists and ML researchers") IndividualType researchers,
        @Doc("systems and infrastructure engineers") IndividualType systemsEngineers,
        @Doc("firms that own codebases and hire") FirmType firms) {
}
