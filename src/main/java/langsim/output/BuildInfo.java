package langsim.output;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Program version and the commit it was built from (written by the build into the jar). */
public final class BuildInfo {
    private BuildInfo() {
    }

    public static String version() {
        return load("/langsim/version.properties").getProperty("version", "dev");
    }

    public static String commit() {
        Properties git = load("/langsim-git.properties");
        String id = git.getProperty("git.commit.id", "unknown");
        return "true".equals(git.getProperty("git.dirty")) ? id + "-dirty" : id;
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in != null) p.load(in);
        } catch (IOException ignored) {
            // absent build metadata is reported as unknown
        }
        return p;
    }
}
