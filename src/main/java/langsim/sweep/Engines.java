package langsim.sweep;

import java.lang.reflect.InvocationTargetException;

import langsim.config.ConfigException;

/**
 * Creates engines by name. The Spark engine ({@code src/spark/java}) is compiled only with {@code mvn -Pspark} and
 * looked up reflectively, so the default build neither needs nor downloads Spark, Spark's classes are only loaded when
 * it is chosen, and {@code java -jar langsim.jar} works without Spark on the classpath.
 */
public final class Engines {
    static final String SPARK_ENGINE = "langsim.spark.SparkEngine";

    private Engines() {
    }

    public static SweepEngine threads(int threads) {
        return new ThreadEngine(threads);
    }

    /**
     * Starts the Spark engine.
     *
     * @param master a Spark master URL, or null for the one spark-submit set ({@code spark.master}), else local[*]
     */
    public static SweepEngine spark(String master) {
        ClassLoader loader = Engines.class.getClassLoader();
        Class<?> engine;
        try {
            engine = Class.forName(SPARK_ENGINE, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw ConfigException.of("--engine spark", "this langsim was built without Spark support: rebuild with"
                    + " mvn -Pspark package, or use scripts/spark/langsim-spark (see README, 'Sweeps on a cluster')");
        }
        try {
            Class.forName("org.apache.spark.SparkContext", false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw ConfigException.of("--engine spark", "Apache Spark is not on the classpath: launch with"
                    + " scripts/spark/langsim-spark or spark-submit (see README, 'Sweeps on a cluster')");
        }
        try {
            return (SweepEngine) engine.getMethod("start", String.class).invoke(null, master);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error er) throw er;
            throw new IllegalStateException("cannot start Spark", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load " + SPARK_ENGINE, e);
        }
    }
}
