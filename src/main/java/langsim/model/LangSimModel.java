package langsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import langsim.model.Streams.Mechanism;
import langsim.scenario.Event;
import langsim.scenario.Events;
import langsim.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The adoption model as a MASON SimState. One tick is 1/ticks_per_year of a year; each tick runs, in this
 * order: events (at the start of their year), the labour market, individuals, firms, ecosystems, and at
 * the end of a year the yearly bookkeeping and observation. Randomness: every mechanism draws from its own
 * stream derived from the run's seed ({@link Streams}), so changing e.g. firms' behaviour does not reshuffle the
 * individuals' draws or the network; MASON's {@code random} is left to MASON.
 */
public class LangSimModel extends SimState {
    private static final long serialVersionUID = 1L;
    static final int ORDER_EVENTS = 0;
    static final int ORDER_MARKET = 1;
    static final int ORDER_INDIVIDUALS = 2;
    static final int ORDER_FIRMS = 3;
    static final int ORDER_ECOSYSTEMS = 4;
    static final int ORDER_YEAR_END = 5;

    private final Scenario initialScenario;
    private Params params;
    private Population population;
    private Firms firms;
    private Ecosystems ecosystems;
    private LabourMarket market;
    private WorkLedger ledger;
    private RandomAdapter releases;
    private PeerGraph graph;
    private YearObserver observer;
    private double[] layerVolume;
    private double[][] layerShare;
    private long[][] talentByType;
    private long agentSteps;
    private long choices;
    private final List<Event> eventsApplied = new ArrayList<>();
    /** Years at whose start the events change the scenario in force. */
    private final Set<Integer> eventYears;
    private final Events.Schedule events;

    public LangSimModel(Scenario scenario, long seed) {
        super(seed);
        this.initialScenario = scenario;
        this.eventYears = Events.changeYears(scenario.events());
        this.events = Events.schedule(scenario);
    }

    /** Runs one replication to the end year and returns what it observed. */
    public static RunRecord run(Scenario scenario, long seed) {
        LangSimModel model = new LangSimModel(scenario, seed);
        model.start();
        long ticks = model.totalTicks();
        while (model.schedule.getSteps() < ticks) {
            if (!model.schedule.step(model)) break;
        }
        model.finish();
        return model.record();
    }

    public long totalTicks() {
        var sim = initialScenario.simulation();
        return (long) (sim.endYear() - sim.startYear() + 1) * sim.ticksPerYear();
    }

    @Override
    public void start() {
        super.start();
        params = new Params(initialScenario);
        long seed = seed();
        releases = new RandomAdapter(Streams.of(seed, Mechanism.RELEASES));
        var net = initialScenario.network();
        int people = initialScenario.agents().researchers().count() + initialScenario.agents().systemsEngineers().count();
        graph = PeerGraph.build(people, net.meanDegree(), net.rewireProbability(), Streams.of(seed, Mechanism.NETWORK));
        ecosystems = new Ecosystems(params);
        population = new Population(params, Streams.of(seed, Mechanism.PLACEMENT),
                Streams.of(seed, Streams.INDIVIDUAL_SETUP), Streams.of(seed, Streams.INDIVIDUAL_CHOICES), graph, ecosystems);
        firms = new Firms(params, Streams.of(seed, Mechanism.FIRM_SETUP), Streams.of(seed, Mechanism.FIRM_CHOICES));
        market = new LabourMarket(params.languages);
        ledger = new WorkLedger(params.layers, params.languages);
        ledger.seedIndividualBase(params);
        talentByType = new long[AgentType.INDIVIDUALS.length][params.languages];
        layerVolume = new double[params.layers];
        layerShare = new double[AgentType.INDIVIDUALS.length][params.layers];
        // MASON keeps 32 bits of the seed: record them as the unsigned number every output file uses
        observer = new YearObserver(initialScenario, seed() & 0xFFFFFFFFL);
        agentSteps = 0;
        choices = 0;
        eventsApplied.clear();

        schedule.scheduleRepeating(0, ORDER_EVENTS, (Steppable) s -> startOfTick());
        schedule.scheduleRepeating(0, ORDER_MARKET, (Steppable) s -> market.clear(params));
        schedule.scheduleRepeating(0, ORDER_INDIVIDUALS, (Steppable) s -> stepIndividuals());
        schedule.scheduleRepeating(0, ORDER_FIRMS, (Steppable) s -> {
            choices += firms.step(params, ecosystems, market, ledger, layerVolume);
            agentSteps += firms.count;
        });
        schedule.scheduleRepeating(0, ORDER_ECOSYSTEMS, (Steppable) s -> ecosystems.grow(params, releases));
        schedule.scheduleRepeating(0, ORDER_YEAR_END, (Steppable) s -> endOfTick());
    }

    private long tick() {
        return (long) schedule.getTime();
    }

    /** The calendar year the current tick belongs to. */
    public int currentYear() {
        // after the run the schedule's time is "after simulation" (a huge number): the year stays the last one
        long tick = Math.min(Math.max(0, tick()), totalTicks() - 1);
        return initialScenario.simulation().startYear() + (int) (tick / initialScenario.simulation().ticksPerYear());
    }

    private boolean firstTickOfYear() {
        return tick() % initialScenario.simulation().ticksPerYear() == 0;
    }

    private void startOfTick() {
        if (firstTickOfYear()) {
            ecosystems.enter(params, currentYear());
            applyEvents(currentYear());
            ledger.startYear();
        }
        double elapsed = tick() * params.dt;
        for (int l = 0; l < params.layers; l++) layerVolume[l] = Math.pow(1 + params.workGrowth[l], elapsed);
        for (int t = 0; t < layerShare.length; t++) {
            double total = 0;
            for (int l = 0; l < params.layers; l++) total += params.individualLayerMix[t][l] * layerVolume[l];
            for (int l = 0; l < params.layers; l++) layerShare[t][l] = params.individualLayerMix[t][l] * layerVolume[l] / total;
        }
    }

    /**
     * At the start of a year in which the events change anything: the scenario they put in force for the year (steps
     * and ramps, {@link Events#inForce}; checked at load), then the ecosystem boosts of the events due this year, in
     * their order. A ramp thus moves once a year, at the year's start, whatever ticks_per_year is.
     */
    private void applyEvents(int year) {
        if (!eventYears.contains(year)) return;
        params = new Params(events.inForce(year));
        var langNames = params.scenario.languageNames();
        var layerNames = params.scenario.layerNames();
        for (Event event : Events.dueIn(initialScenario.events(), year)) {
            event.boostEcosystem().forEach((key, share) -> {
                int dot = key.lastIndexOf('.');
                ecosystems.boost(layerNames.indexOf(key.substring(0, dot)), langNames.indexOf(key.substring(dot + 1)), share);
            });
            eventsApplied.add(event);
        }
        ecosystems.refreshTerms(params);
    }

    private void stepIndividuals() {
        choices += population.step(params, ecosystems, market, ledger, layerShare, talentByType);
        agentSteps += population.size;
        for (int k = 0; k < params.languages; k++) {
            double people = 0;
            for (int t = 0; t < talentByType.length; t++) people += talentByType[t][k] * params.peoplePerAgent[t];
            market.setTalent(k, people);
        }
    }

    private void endOfTick() {
        if ((tick() + 1) % initialScenario.simulation().ticksPerYear() != 0) return;
        observer.observe(currentYear(), ledger, firms, talentByType, market, ecosystems, params);
        double retire = params.scenario.agents().firms().codeRetirementRate();
        firms.retireCode(retire);
        ledger.retireIndividualCode(retire);
        population.forget(params);
    }

    public RunRecord record() {
        return observer.toRecord(agentSteps, choices);
    }

    // for tests of what each random stream leaves untouched
    Population population() {
        return population;
    }

    Firms firms() {
        return firms;
    }

    PeerGraph graph() {
        return graph;
    }

    /** The scenario as currently in force (events may have changed it). */
    public Scenario currentScenario() {
        return params.scenario;
    }

    public List<Event> eventsApplied() {
        return List.copyOf(eventsApplied);
    }
}
