package langsim.cli;

import java.util.concurrent.Callable;

import langsim.config.ConfigDocs;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "fields", header = "Print the reference of every scenario field as Markdown.", mixinStandardHelpOptions = true,
        description = "Print the reference of every scenario field (path, type, default, range, meaning) as Markdown.")
final class FieldsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ConfigDocs.markdownReference(Scenario.class, ScenarioLoader.defaults()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
