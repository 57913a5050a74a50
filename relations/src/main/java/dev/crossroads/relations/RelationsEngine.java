package dev.crossroads.relations;

import dev.crossroads.core.model.Country;
import dev.crossroads.core.model.CuratedEvent;
import dev.crossroads.core.model.TieThresholds;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.core.rebuild.Partner;
import dev.crossroads.relations.balance.Balance;
import dev.crossroads.relations.balance.BalanceReport;
import dev.crossroads.relations.extract.ActorMention;
import dev.crossroads.relations.extract.Cameo;
import dev.crossroads.relations.extract.CameoCode;
import dev.crossroads.relations.extract.ExtractedEvent;
import dev.crossroads.relations.extract.Extractor;
import dev.crossroads.relations.extract.Modality;
import dev.crossroads.relations.ledger.DyadScore;
import dev.crossroads.relations.ledger.DyadTimeline;
import dev.crossroads.relations.ledger.Ledger;
import dev.crossroads.relations.ledger.LedgerEvent;
import dev.crossroads.relations.ledger.Portfolio;
import dev.crossroads.relations.ledger.SignedGraph;
import dev.crossroads.relations.mediation.MediatorComparison;
import dev.crossroads.relations.mediation.MediatorRanking;
import dev.crossroads.relations.mediation.MediatorWeights;
import dev.crossroads.relations.projection.HubContribution;
import dev.crossroads.relations.projection.Projection;
import dev.crossroads.relations.projection.ProjectionScale;
import dev.crossroads.relations.ties.Eligibility;
import dev.crossroads.relations.ties.TieAudit;
import dev.crossroads.relations.ties.TieReading;
import dev.crossroads.relations.ties.Ties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The relations engine: a region pack's baselines and curated events plus events extracted from text, as a
 * {@link Ledger}; dyad timelines, the signed graph, a state's portfolio of ties, mediator rankings and
 * structural balance. Plain Java: no IO, no printing.
 *
 * <pre>{@code
 * RelationsEngine engine = RelationsEngine.of(pack, extracted, RelationsEngine.Settings.DEFAULT);
 * MediatorRanking.Result r = engine.mediators("SYR", "ISR", LocalDate.parse("2025-08-01"));
 * }</pre>
 */
public final class RelationsEngine {
    /**
     * Half-life of an event's effect, edge threshold of the signed graph, mediator weights, and the weight of a
     * curated event whose pack row is not firmly reported ({@code unconfirmed}, {@code conflict} or
     * {@code illustrative}): a judgement, 0.5 by default (an unconfirmed meeting counts half a reported one);
     * 1 weighs them alike, 0 leaves them out of every score while keeping them in the evidence.
     */
    public record Settings(
            double halfLifeDays, double edgeThreshold, MediatorWeights weights, double unconfirmedWeight) {
        public static final double DEFAULT_UNCONFIRMED_WEIGHT = 0.5;
        public static final Settings DEFAULT =
                new Settings(Ledger.DEFAULT_HALF_LIFE_DAYS, 1.0, MediatorWeights.DEFAULT, DEFAULT_UNCONFIRMED_WEIGHT);

        public Settings(double halfLifeDays, double edgeThreshold, MediatorWeights weights) {
            this(halfLifeDays, edgeThreshold, weights, DEFAULT_UNCONFIRMED_WEIGHT);
        }

        public Settings {
            if (!(unconfirmedWeight >= 0 && unconfirmedWeight <= 1)) {
                throw new RelationsException(
                        "the weight of unconfirmed events must lie in [0, 1], got " + unconfirmedWeight);
            }
            if (!(halfLifeDays > 0)) {
                throw new RelationsException("half-life must be a positive number of days, got " + halfLifeDays);
            }
            if (!(edgeThreshold >= 0)) {
                throw new RelationsException("edge threshold must not be negative, got " + edgeThreshold);
            }
        }

        public Settings withHalfLife(double days) {
            return new Settings(days, edgeThreshold, weights, unconfirmedWeight);
        }

        public Settings withUnconfirmedWeight(double w) {
            return new Settings(halfLifeDays, edgeThreshold, weights, w);
        }
    }

    /** Roots whose verbs are mutual (meet, agree, sign, cooperate): "A and B met" is an event between them. */
    private static final Set<String> SYMMETRIC_ROOTS = Set.of("03", "04", "05", "06");

    private final RegionPack pack;
    private final Ledger ledger;
    private final Settings settings;
    private final Map<String, Country> countries = new LinkedHashMap<>();

    private RelationsEngine(RegionPack pack, Ledger ledger, Settings settings) {
        this.pack = pack;
        this.ledger = ledger;
        this.settings = settings;
        pack.countries().forEach(c -> countries.put(c.iso3(), c));
    }

    /**
     * The engine over the pack's curated events and {@code extracted} ledger events. Extracted events of one
     * article that report one happening are merged first ({@link #mergeReports}); then those that repeat a
     * curated or an earlier event are dropped ({@link #withoutDuplicates}). Projected events among
     * {@code extracted} are refused: add them with {@link #withProjected}.
     */
    public static RelationsEngine of(RegionPack pack, List<LedgerEvent> extracted, Settings settings) {
        for (LedgerEvent e : extracted) {
            if (e.isProjected()) {
                throw new RelationsException("event " + e.id()
                        + " is projected: add projected events with withProjected, never as reported ones");
            }
        }
        List<LedgerEvent> all = new ArrayList<>(curated(pack, settings));
        all.addAll(withoutDuplicates(all, mergeReports(extracted)));
        return new RelationsEngine(pack, new Ledger(pack.relations(), all, settings.halfLifeDays()), settings);
    }

    private RelationsEngine with(Ledger other) {
        return new RelationsEngine(pack, other, settings);
    }

    /**
     * This engine with a scenario's projected events added (origin {@code PROJECTED}, e.g. from
     * {@link Projection#project}). Every score then carries the projected part apart ({@code projectedPoints}).
     */
    public RelationsEngine withProjected(List<LedgerEvent> projected) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        ledger.events().forEach(x -> ids.add(x.id()));
        for (LedgerEvent e : projected) {
            if (!e.isProjected()) {
                throw new RelationsException("event " + e.id() + " is " + e.origin()
                        + ", not projected: only projected events may be added to a scenario's ledger");
            }
            if (ids.contains(e.id())) {
                throw new RelationsException("projected event " + e.id() + " is already in the ledger");
            }
        }
        return with(ledger.plus(projected));
    }

    /** This engine with the projected events of a scenario's contributions of the hub (weights by {@code scale}). */
    public RelationsEngine withContributions(List<HubContribution> contributions, ProjectionScale scale) {
        return withProjected(Projection.project(contributions, scale));
    }

    /** This engine without any projected event: reported (curated and extracted) events only. */
    public RelationsEngine reportedOnly() {
        return with(ledger.filtered(e -> !e.isProjected()));
    }

    /**
     * This engine with a scenario's ties: each row replaces every baseline era of its dyad (a scenario that
     * says "from 2026-01-01 Türkiye and Syria are hostile" gives a row with that since; earlier eras it wants kept
     * must be given too).
     */
    public RelationsEngine withBaselines(List<dev.crossroads.core.model.BaselineRelation> rows) {
        return with(ledger.withBaselines(rows));
    }

    /**
     * Merges the extracted events of one article that report one happening: same article, same unordered pair
     * of states, same mediator, same CAMEO root (two-digit family: a visit and its hosting are one happening) and
     * same modality. The merged event keeps the first report's coding and id (the earliest sentence), the
     * largest weight, and every report (sentence) in order; it is a main event when any of them is (one sentence
     * reports it as its act). Events of different articles are not merged here.
     */
    public static List<LedgerEvent> mergeReports(List<LedgerEvent> extracted) {
        Map<String, List<LedgerEvent>> groups = new LinkedHashMap<>();
        List<LedgerEvent> ordered = extracted.stream()
                .sorted(java.util.Comparator.comparing(
                                (LedgerEvent e) -> e.article().orElse(""))
                        .thenComparingInt(RelationsEngine::sentenceIndex)
                        .thenComparing(LedgerEvent::id))
                .toList();
        for (LedgerEvent e : ordered) {
            String key = e.article()
                    .map(a -> a + "|" + dev.crossroads.core.model.BaselineRelation.dyadKey(e.actor1(), e.actor2()) + "|"
                            + e.mediator().orElse("") + "|" + e.cameo().substring(0, 2) + "|" + e.modality() + "|"
                            + e.date())
                    .orElse("id|" + e.id());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        List<LedgerEvent> out = new ArrayList<>();
        for (List<LedgerEvent> g : groups.values()) {
            LedgerEvent first = g.get(0);
            if (g.size() == 1) {
                out.add(first);
                continue;
            }
            List<LedgerEvent.Report> reports = new ArrayList<>();
            g.forEach(e -> reports.addAll(e.reports()));
            double weight = g.stream().mapToDouble(LedgerEvent::weight).max().orElse(first.weight());
            boolean main = g.stream().anyMatch(LedgerEvent::main);
            out.add(first.withReports(reports)
                    .withWeight(weight, first.confidence())
                    .withMain(main));
        }
        return out;
    }

    private static int sentenceIndex(LedgerEvent e) {
        return e.provenance().stream()
                .filter(p -> p.startsWith("sentence "))
                .findFirst()
                .map(p -> {
                    try {
                        return Integer.parseInt(
                                p.substring("sentence ".length()).strip());
                    } catch (NumberFormatException x) {
                        return Integer.MAX_VALUE;
                    }
                })
                .orElse(Integer.MAX_VALUE);
    }

    /** The ledger events of one article's extraction: one per happening, each with every sentence that reports it. */
    public static List<LedgerEvent> articleEvents(dev.crossroads.relations.extract.Extraction x, LocalDate date) {
        List<LedgerEvent> all = new ArrayList<>();
        x.events().forEach(e -> all.addAll(ledgerEvents(e, date)));
        return mergeReports(all);
    }

    /**
     * The extracted events that report something new: an extracted event is dropped when a curated event or an
     * earlier-kept extracted event has the same unordered dyad, the same CAMEO root and a date at most one day
     * apart (several articles, or an article and the pack, reporting one event). Among duplicates the first
     * kept is the curated one, else the one of highest weight.
     */
    public static List<LedgerEvent> withoutDuplicates(List<LedgerEvent> curated, List<LedgerEvent> extracted) {
        // the days that hold a kept event, by unordered pair and CAMEO root: a lookup per event, not a pass over
        // every kept one (an archive of a million events would take hours)
        Map<String, java.util.Set<LocalDate>> keptDays = new java.util.HashMap<>();
        curated.forEach(k -> keptDays.computeIfAbsent(duplicateKey(k), x -> new java.util.HashSet<>())
                .add(k.date()));
        List<LedgerEvent> out = new ArrayList<>();
        List<LedgerEvent> sorted = extracted.stream()
                .sorted(java.util.Comparator.comparingDouble((LedgerEvent e) -> -e.weight())
                        .thenComparing(LedgerEvent::id))
                .toList();
        for (LedgerEvent e : sorted) {
            java.util.Set<LocalDate> days = keptDays.computeIfAbsent(duplicateKey(e), x -> new java.util.HashSet<>());
            boolean duplicate = days.contains(e.date().minusDays(1))
                    || days.contains(e.date())
                    || days.contains(e.date().plusDays(1));
            if (!duplicate) {
                days.add(e.date());
                out.add(e);
            }
        }
        return out;
    }

    /** What two events must share to repeat each other: the unordered pair of states and the CAMEO root. */
    private static String duplicateKey(LedgerEvent e) {
        return dev.crossroads.core.model.BaselineRelation.dyadKey(e.actor1(), e.actor2()) + "|"
                + e.cameo().substring(0, 2);
    }

    /** An extractor that knows the pack's countries and leaders. */
    public static Extractor extractor(RegionPack pack) {
        return Extractor.forPack(pack);
    }

    /** The pack's curated events as ledger events, with the default settings' weight for unconfirmed rows. */
    public static List<LedgerEvent> curated(RegionPack pack) {
        return curated(pack, Settings.DEFAULT);
    }

    /**
     * The pack's curated events as ledger events (Goldstein score and quad class from the CAMEO table). Rows
     * marked {@code reported} or {@code derived} weigh 1; {@code unconfirmed}, {@code conflict} and
     * {@code illustrative} rows weigh {@link Settings#unconfirmedWeight()}; each keeps its confidence.
     */
    public static List<LedgerEvent> curated(RegionPack pack, Settings settings) {
        Cameo cameo = Cameo.standard();
        List<LedgerEvent> out = new ArrayList<>();
        for (CuratedEvent e : pack.events()) {
            CameoCode c = cameo.require(e.cameo());
            double confidence = switch (e.provenance().confidence()) {
                case UNCONFIRMED, CONFLICT, ILLUSTRATIVE -> settings.unconfirmedWeight();
                default -> 1.0;
            };
            List<String> prov = new ArrayList<>();
            prov.add("pack event " + e.id());
            e.provenance().sourceIds().forEach(s -> prov.add("source " + s));
            if (!e.provenance().note().isBlank()) {
                prov.add("note: " + e.provenance().note());
            }
            out.add(new LedgerEvent(
                    e.id(),
                    e.date(),
                    e.actor1(),
                    e.actor2(),
                    e.mediator(),
                    e.cameo(),
                    c.name(),
                    c.goldstein(),
                    c.quadClass(),
                    c.plover(),
                    Modality.ASSERTED,
                    confidence,
                    LedgerEvent.Origin.CURATED,
                    e.summary(),
                    prov,
                    e.provenance().confidence(),
                    List.of()));
        }
        return out;
    }

    /**
     * Ledger events for an extracted event: one per (source state, target state) pair of different states.
     * With no target and several sources of a mutual act (roots 03 to 06: "Israel and Turkey held talks")
     * the first source acts towards the others. A venue that is not a party becomes the event's mediator (host).
     * Organisations and militant groups ({@code IGO}, {@code NGO}, {@code IMG}) are left out of the ledger.
     */
    public static List<LedgerEvent> ledgerEvents(ExtractedEvent e, LocalDate date) {
        List<LedgerEvent> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ActorMention> sources = e.sources();
        List<ActorMention> targets = e.targets();
        if (targets.isEmpty()
                && sources.size() >= 2
                && SYMMETRIC_ROOTS.contains(e.cameo().root())) {
            // "Israel and Turkey held talks": the first named acts towards the others
            targets = sources.subList(1, sources.size());
            sources = sources.subList(0, 1);
        }
        Optional<String> venue =
                e.mediator().or(e::venue).filter(ActorMention::isState).map(ActorMention::code);
        for (ActorMention s : sources) {
            for (ActorMention t : targets) {
                if (!s.isState() || !t.isState() || s.code().equals(t.code()) || !seen.add(s.code() + t.code())) {
                    continue;
                }
                String id = eventId(e, s.code(), t.code());
                Optional<String> host = venue.filter(v -> !v.equals(s.code()) && !v.equals(t.code()));
                out.add(new LedgerEvent(
                        id,
                        date,
                        s.code(),
                        t.code(),
                        host,
                        e.cameo().code(),
                        e.cameo().name(),
                        e.cameo().goldstein(),
                        e.cameo().quadClass(),
                        e.cameo().plover(),
                        e.modality(),
                        e.weight(),
                        LedgerEvent.Origin.EXTRACTED,
                        e.sentence(),
                        List.of(
                                "article " + e.articleId(),
                                "sentence " + e.sentenceIndex(),
                                "verb at " + e.verbStart() + "-" + e.verbEnd()),
                        dev.crossroads.core.Confidence.REPORTED,
                        List.of(),
                        e.main()));
            }
        }
        return out;
    }

    /** A stable id for an extracted event: article, sentence, verb offset and the two states. */
    public static String eventId(ExtractedEvent e, String actor1, String actor2) {
        String shortArticle = e.articleId().length() > 16 ? e.articleId().substring(0, 16) : e.articleId();
        return String.format(
                        Locale.ROOT, "x-%s-%d-%d-%s-%s", shortArticle, e.sentenceIndex(), e.verbStart(), actor1, actor2)
                .toLowerCase(Locale.ROOT);
    }

    public Ledger ledger() {
        return ledger;
    }

    public Settings settings() {
        return settings;
    }

    public String name(String iso3) {
        Country c = countries.get(iso3);
        if (c != null) {
            return c.name();
        }
        try {
            for (String iso2 : Locale.getISOCountries()) {
                Locale l = new Locale("", iso2);
                if (l.getISO3Country().equals(iso3)) {
                    return l.getDisplayCountry(Locale.ENGLISH);
                }
            }
        } catch (java.util.MissingResourceException e) {
            // fall through
        }
        return iso3;
    }

    private void requireState(String iso3) {
        if (iso3 == null || !iso3.matches("[A-Z]{3}")) {
            throw new RelationsException("'" + iso3 + "' is not an ISO 3166-1 alpha-3 code (e.g. AZE)");
        }
        if (!countries.containsKey(iso3) && !ledger.states().contains(iso3)) {
            throw RelationsException.unknownState(
                    "no relations known for " + iso3 + ": the pack lists " + String.join(", ", countries.keySet()));
        }
    }

    public DyadScore score(String a, String b, LocalDate at) {
        requireState(a);
        requireState(b);
        return ledger.score(a, b, at);
    }

    public DyadTimeline timeline(String a, String b, LocalDate from, LocalDate to, int stepDays) {
        requireState(a);
        requireState(b);
        return ledger.timeline(a, b, from, to, stepDays);
    }

    public SignedGraph graph(LocalDate at) {
        return ledger.graph(at, settings.edgeThreshold());
    }

    public Portfolio balance(String state, LocalDate since, LocalDate at) {
        requireState(state);
        return ledger.portfolio(state, since, at);
    }

    public MediatorRanking.Result mediators(String a, String b, LocalDate at) {
        requireState(a);
        requireState(b);
        return MediatorRanking.rank(ledger, countries, a, b, at, settings.weights(), this::name);
    }

    public BalanceReport structure(LocalDate since, LocalDate at) {
        if (at.isBefore(since)) {
            throw new RelationsException("--at " + at + " is before --since " + since);
        }
        return Balance.report(graph(at), graph(since));
    }

    /**
     * The mediator ranking for a dyad without and with this engine's projected events, and what the projected
     * events changed for each third party, component by component (both rankings equal when there are none).
     */
    public MediatorComparison mediatorsCompared(String a, String b, LocalDate at) {
        requireState(a);
        requireState(b);
        return MediatorRanking.compare(ledger, countries, a, b, at, settings.weights(), this::name);
    }

    /** The pack's thresholds for reading ties (pack.yaml {@code relations:}, else the documented defaults). */
    public TieThresholds tieThresholds() {
        return pack.meta().tieThresholds();
    }

    /** The tie between two states at a date, classified hostile / neutral / friendly by the pack's thresholds. */
    public TieReading tie(String a, String b, LocalDate at) {
        requireState(a);
        requireState(b);
        if (a.equals(b)) {
            throw new RelationsException("a tie needs two different states, got " + a + " twice");
        }
        return Ties.tie(ledger, a, b, at, tieThresholds());
    }

    /** Whether a partner (its country from rebuild/partners.csv) may take a package in {@code host} at {@code at}. */
    public Eligibility eligibility(Partner partner, String host, LocalDate at) {
        requireState(host);
        return Ties.eligibility(ledger, partner, host, at, tieThresholds());
    }

    /** Every partner of the pack (rebuild/partners.csv) read for work in {@code host} at {@code at}. */
    public List<Eligibility> eligibility(String host, LocalDate at) {
        return pack.rebuild().partners().stream()
                .map(p -> eligibility(p, host, at))
                .toList();
    }

    /** The hub's tie with each transit country, classified. */
    public List<TieReading> transitTies(String hub, List<String> transitCountries, LocalDate at) {
        requireState(hub);
        transitCountries.forEach(this::requireState);
        return Ties.transit(ledger, hub, transitCountries, at, tieThresholds());
    }

    /** The model's ranking of a state's ties checked against the pack's sourced baselines (see {@link TieAudit}). */
    public TieAudit.Report audit(String state, LocalDate at) {
        requireState(state);
        return TieAudit.audit(ledger, state, at, this::name);
    }

    public RegionPack pack() {
        return pack;
    }
}
