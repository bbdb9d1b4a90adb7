package langsim.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The container files name the distribution archive that {@code mvn package} builds for this version. */
class DistributionFilesTest {
    @Test
    void containerFilesNameThisVersionsArchive() throws IOException {
        Properties p = new Properties();
        try (InputStream in = DistributionFilesTest.class.getResourceAsStream("/langsim/version.properties")) {
            assertNotNull(in);
            p.load(in);
        }
        String version = p.getProperty("version");
        String docker = Files.readString(Path.of("containers/Dockerfile"));
        assertTrue(docker.contains("ARG LANGSIM_VERSION=" + version + "\n"), "containers/Dockerfile: LANGSIM_VERSION " + version);
        String def = Files.readString(Path.of("containers/langsim.def"));
        assertTrue(def.contains("target/langsim-" + version + ".tar.gz ") && def.contains("/opt/langsim-" + version + " "),
                "containers/langsim.def: version " + version);
        String assembly = Files.readString(Path.of("src/assembly/dist.xml"));
        assertTrue(assembly.contains("<baseDirectory>langsim-${project.version}</baseDirectory>"));
    }
}
