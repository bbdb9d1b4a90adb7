package langsim.spark;

import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import langsim.config.RecordPath;
import langsim.config.RecordWriter;
import langsim.experiment.VerdictKind;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import langsim.sweep.Journal;
import langsim.sweep.RunResult;
import langsim.sweep.Sweep;
import langsim.sweep.SweepEngine;
import langsim.sweep.SweepOutputs;
import langsim.sweep.SweepParameter;
import langsim.sweep.SweepPlan;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Runs a sweep's runs as Spark tasks, a small batch of runs per task. The driver ships each executor the resolved
 * base scenario (as YAML, broadcast once), each design point's assignments and each run's place and seed; a task
 * runs its batch with {@link SweepPlan#execute(Scenario, List, SweepOutputs, int, int, int, long)}, exactly what the
 * thread pool runs, and returns the small per-run results. The driver journals every batch as its task finishes
 * (so {@code --resume} works as with threads), and a failed task is simply retried by Spark: runs are pure.
 *
 * <p>Everything that imports Spark is in this package, loaded only for {@code --engine spark}.
 */
public final class SparkEngine implements SweepEngine {
    /** Runs per task at most: small enough to balance the cores, large enough to amortise task overhead. */
    static final int MAX_BATCH = 32;

    private final JavaSparkContext jsc;
    private final String master;

    private SparkEngine(JavaSparkContext jsc) {
        this.jsc = jsc;
        this.master = jsc.master();
    }

    /** Starts a Spark context: on {@code master}, else the one spark-submit set, else local[*]. */
    public static SparkEngine start(String master) {
        SparkConf conf = new SparkConf();
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        if (!conf.contains("spark.app.name")) conf.setAppName("langsim sweep");
        boolean local = conf.get("spark.master").startsWith("local");
        if (local) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "localhost");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        } else if (!conf.contains("spark.jars")) {
            String jar = ownJar();   // launched with java -cp, not spark-submit: ship ourselves to the executors
            if (jar != null) conf.set("spark.jars", jar);
        }
        return new SparkEngine(new JavaSparkContext(conf));
    }

    private static String ownJar() {
        try {
            var src = SparkEngine.class.getProtectionDomain().getCodeSource();
            if (src == null) return null;
            Path p = Path.of(src.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p.toString() : null;
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String describe() {
        return "Spark " + master + " (" + jsc.defaultParallelism() + " task slots)";
    }

    @Override
    public void execute(Sweep sweep, int[] runs, Sink sink, BooleanSupplier stop) {
        if (runs.length == 0 || stop.getAsBoolean()) return;
        Payload payload = Payload.of(sweep);
        Broadcast<Payload> shared = jsc.broadcast(payload);
        try {
            List<RunTask> tasks = new ArrayList<>(runs.length);
            for (int run : runs) {
                tasks.add(new RunTask(run, SweepPlan.point(sweep, run), SweepPlan.replication(sweep, run),
                        SweepPlan.seed(sweep, run)));
            }
            int slices = slices(runs.length, jsc.defaultParallelism());
            JavaRDD<RunTask> rdd = jsc.parallelize(tasks, slices);
            jsc.setJobDescription("langsim sweep " + sweep.name() + ": " + runs.length + " runs");
            @SuppressWarnings("unchecked")
            ClassTag<ArrayList<RunRow>> tag = (ClassTag<ArrayList<RunRow>>) (ClassTag<?>) ClassTag$.MODULE$.apply(ArrayList.class);
            jsc.sc().runJob(rdd.rdd(), new RunBatch(shared), new Collect(sink), tag);
        } finally {
            shared.destroy();
        }
    }

    /** Number of tasks: at least 4 per task slot, at most {@link #MAX_BATCH} runs each, never more than the runs. */
    static int slices(int runs, int parallelism) {
        int byBatch = (runs + MAX_BATCH - 1) / MAX_BATCH;
        return Math.max(1, Math.min(runs, Math.max(4 * Math.max(1, parallelism), byBatch)));
    }

    @Override
    public void close() {
        jsc.stop();
    }

    // ---------------------------------------------------------------------------------------------- shipped to tasks

    /**
     * What every task needs, broadcast once: the resolved base scenario, the swept paths, each point's values (as
     * set in the scenario) and the outputs.
     */
    record Payload(String key, String baseYaml, String[] paths, double[][] values, List<String> outputs) implements Serializable {
        static Payload of(Sweep sweep) {
            String yaml = RecordWriter.toYaml(sweep.base(), null);
            // the executors rebuild the base scenario from this YAML: check here, once, that it round-trips
            Scenario again = ScenarioLoader.parse(yaml, "<sweep base scenario>", List.of());
            if (!RecordWriter.toYaml(again, null).equals(yaml)) {
                throw new IllegalStateException("the base scenario of sweep " + sweep.name() + " does not round-trip through YAML");
            }
            List<SweepParameter> params = sweep.parameters();
            String[] paths = params.stream().map(SweepParameter::path).toArray(String[]::new);
            double[][] values = new double[sweep.points()][params.size()];
            for (int p = 0; p < values.length; p++) {
                for (int j = 0; j < params.size(); j++) values[p][j] = params.get(j).applied(sweep.design().values()[p][j]);
            }
            return new Payload(Journal.fingerprint(sweep), yaml, paths, values, List.copyOf(sweep.outputs().names()));
        }
    }

    /** One run's place in the design and its seed. */
    record RunTask(int run, int point, int replication, long seed) implements Serializable {
    }

    /** One run's result, as sent back to the driver. */
    record RunRow(int run, int point, int replication, long seed, VerdictKind verdict, double[] outputs)
            implements Serializable {
        RunResult toResult() {
            return new RunResult(run, point, replication, seed, verdict, outputs);
        }
    }

    /** Base scenarios parsed on this JVM, by sweep fingerprint (an executor runs many tasks of one sweep). */
    private static final Map<String, Scenario> BASES = new ConcurrentHashMap<>();
    /** The swept paths resolved in that base scenario, once per JVM. */
    private static final Map<String, List<RecordPath>> TARGETS = new ConcurrentHashMap<>();

    /** The task: runs a batch of runs on an executor. */
    static final class RunBatch extends AbstractFunction1<scala.collection.Iterator<RunTask>, ArrayList<RunRow>>
            implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Broadcast<Payload> shared;

        RunBatch(Broadcast<Payload> shared) {
            this.shared = shared;
        }

        @Override
        public ArrayList<RunRow> apply(scala.collection.Iterator<RunTask> tasks) {
            Payload p = shared.value();
            Scenario base = BASES.computeIfAbsent(p.key(),
                    k -> ScenarioLoader.parse(p.baseYaml(), "<sweep base scenario>", List.of()));
            List<RecordPath> targets = TARGETS.computeIfAbsent(p.key(), k -> java.util.Arrays.stream(p.paths())
                    .map(path -> RecordPath.resolve(base, path, "<sweep base scenario>")).toList());
            SweepOutputs outputs = SweepOutputs.of(p.outputs());
            ArrayList<RunRow> out = new ArrayList<>();
            while (tasks.hasNext()) {
                RunTask t = tasks.next();
                List<RecordPath.Change> changes = new ArrayList<>(targets.size());
                for (int j = 0; j < targets.size(); j++) changes.add(RecordPath.Change.to(targets.get(j), p.values()[t.point()][j]));
                RunResult r = SweepPlan.execute(base, changes, outputs, t.run(), t.point(), t.replication(), t.seed());
                out.add(new RunRow(r.run(), r.point(), r.replication(), r.seed(), r.verdict(), r.outputs()));
            }
            return out;
        }
    }

    /** On the driver, as each task finishes: hands its batch of runs to the sink (journaled with one fsync). */
    static final class Collect extends AbstractFunction2<Object, ArrayList<RunRow>, BoxedUnit> {
        private final Sink sink;

        Collect(Sink sink) {
            this.sink = sink;
        }

        @Override
        public BoxedUnit apply(Object partition, ArrayList<RunRow> rows) {
            List<RunResult> batch = new ArrayList<>(rows.size());
            for (RunRow r : rows) batch.add(r.toResult());
            sink.acceptAll(batch);
            return BoxedUnit.UNIT;
        }
    }
}
