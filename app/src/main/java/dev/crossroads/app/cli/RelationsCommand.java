package dev.crossroads.app.cli;

import dev.crossroads.app.service.Figures;
import dev.crossroads.app.service.Json;
import dev.crossroads.app.service.RelationsEvents;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.balance.BalanceReport;
import dev.crossroads.relations.balance.Triad;
import dev.crossroads.relations.balance.TriadChange;
import dev.crossroads.relations.ledger.Contribution;
import dev.crossroads.relations.ledger.DyadTimeline;
import dev.crossroads.relations.ledger.LedgerEvent;
import dev.crossroads.relations.ledger.Portfolio;
import dev.crossroads.relations.ledger.SignedEdge;
import dev.crossroads.relations.ledger.SignedGraph;
import dev.crossroads.relations.ledger.Tie;
import dev.crossroads.relations.ledger.TimelinePoint;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crossroads relations timeline|graph|balance|structure}: the ledger of events and what it says. */
@Command(
        name = "relations",
        mixinStandardHelpOptions = true,
        description =
                "Relations between states: a dyad's timeline, the signed graph, a state's portfolio of ties, structural balance, "
                        + "a tie read against the pack's thresholds, partner eligibility, the check of a state's ties against the sources.",
        subcommands = {
            RelationsCommand.Timeline.class,
            RelationsCommand.Graph.class,
            RelationsCommand.Balance.class,
            RelationsCommand.Structure.class,
            RelationsCommand.TieCmd.class,
            RelationsCommand.Eligible.class,
            RelationsCommand.Audit.class
        })
public final class RelationsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every relations subcommand shares. */
    static class Common {
        @Mixin
        PackOption pack;

        @Mixin
        DbOption db;

        @Option(
                names = "--half-life",
                paramLabel = "DAYS",
                defaultValue = "180",
                description = "Half-life of an event's effect in days (default: ${DEFAULT-VALUE}).")
        double halfLifeDays;

        @Option(
                names = "--unconfirmed-weight",
                paramLabel = "W",
                defaultValue = "0.5",
                description =
                        "Weight of a curated event whose pack row is unconfirmed, conflicting or illustrative, in [0, 1] "
                                + "(a reported one weighs 1; default: ${DEFAULT-VALUE}).")
        double unconfirmedWeight;

        @Option(
                names = "--format",
                defaultValue = "table",
                description = "table, json or csv (default: ${DEFAULT-VALUE}).")
        Format format;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        RelationsEngine engine() {
            if (!(halfLifeDays > 0)) {
                throw new UserException("--half-life must be a positive number of days, got " + halfLifeDays);
            }
            if (!(unconfirmedWeight >= 0 && unconfirmedWeight <= 1)) {
                throw new UserException("--unconfirmed-weight must lie in [0, 1], got " + unconfirmedWeight);
            }
            return RelationsData.engine(pack.load(), db, halfLifeDays, unconfirmedWeight, reads());
        }

        /**
         * The store's events this command reads: by default the pack's region; a command about a dyad or a state
         * reads only what bears on it.
         */
        RelationsEvents.Reads reads() {
            return RelationsEvents.Reads.pack();
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        LocalDate asOf(RelationsEngine e, String value, String option) {
            return value == null ? e.pack().meta().asOf() : RelationsData.date(option, value);
        }
    }

    static String describe(LedgerEvent e) {
        return e.cameo() + " " + e.cameoName();
    }

    @Command(
            name = "timeline",
            mixinStandardHelpOptions = true,
            description = "The curve of a dyad's relation and the events that moved it.")
    static final class Timeline extends Common implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "A", description = "ISO3 code of one state.")
        String a;

        @Parameters(index = "1", paramLabel = "B", description = "ISO3 code of the other state.")
        String b;

        @Option(names = "--from", paramLabel = "DATE", description = "First date (default: one year before --to).")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "Last date (default: the pack's as-of date).")
        String to;

        @Option(
                names = "--step",
                paramLabel = "DAYS",
                defaultValue = "30",
                description = "Days between curve points (default: ${DEFAULT-VALUE}).")
        int step;

        @Override
        RelationsEvents.Reads reads() {
            return RelationsEvents.Reads.dyads(RelationsData.dyads(a, java.util.List.of(b)));
        }

        @Override
        public Integer call() {
            RelationsEngine e = engine();
            LocalDate end = asOf(e, to, "--to");
            LocalDate start = from == null ? end.minusYears(1) : RelationsData.date("--from", from);
            DyadTimeline t = e.timeline(RelationsData.iso3(a), RelationsData.iso3(b), start, end, step);
            PrintWriter out = out();
            if (format == Format.JSON) {
                out.print(Json.write(t));
            } else if (format == Format.CSV) {
                TextTable tt = new TextTable("date", "score");
                t.points().forEach(p -> tt.add(p.date(), String.format(Locale.ROOT, "%.3f", p.score())));
                out.print(tt.csv());
            } else {
                out.printf(
                        Locale.ROOT,
                        "%s-%s (%s - %s) from %s to %s; baseline %s, half-life %.0f days%n",
                        t.a(),
                        t.b(),
                        e.name(t.a()),
                        e.name(t.b()),
                        t.from(),
                        t.to(),
                        RelationsData.num(t.baseline()),
                        t.halfLifeDays());
                double max = t.points().stream()
                        .mapToDouble(p -> Math.abs(p.score()))
                        .max()
                        .orElse(1);
                TextTable curve = new TextTable("date", "score", "").right(1);
                for (TimelinePoint p : t.points()) {
                    curve.add(p.date(), RelationsData.num(p.score()), bar(p.score(), max));
                }
                out.print(curve.text());
                out.println();
                out.printf(Locale.ROOT, "%d events moved it:%n", t.events().size());
                TextTable ev = new TextTable(
                                "date",
                                "actors",
                                "event",
                                "plover",
                                "goldstein",
                                "mode",
                                "jump",
                                "origin",
                                "confidence",
                                "text")
                        .right(4, 6);
                for (Contribution c : t.events()) {
                    LedgerEvent x = c.event();
                    String actors = x.actor1() + ">" + x.actor2()
                            + x.mediator().map(m -> " via " + m).orElse("");
                    ev.add(
                            x.date(),
                            actors,
                            describe(x),
                            x.plover().orElse(""),
                            Figures.signed(x.goldstein()),
                            x.modality().name().toLowerCase(Locale.ROOT),
                            RelationsData.num(c.points()),
                            x.isProjected() ? "PROJECTED" : x.origin().name().toLowerCase(Locale.ROOT),
                            x.confidence().code()
                                    + (x.reports().size() > 1
                                            ? " (" + x.reports().size() + " reports)"
                                            : ""),
                            RelationsData.shorten(x.text(), 90) + RelationsData.background(x.main()));
                }
                out.print(ev.text());
            }
            out.flush();
            return 0;
        }

        private static String bar(double v, double max) {
            int n = (int) Math.round(20 * Math.abs(v) / Math.max(max, 1e-9));
            return (v < 0 ? "-" : "+").repeat(Math.max(0, n));
        }
    }

    @Command(name = "graph", mixinStandardHelpOptions = true, description = "The signed graph of states at a date.")
    static final class Graph extends Common implements Callable<Integer> {
        @Option(names = "--at", paramLabel = "DATE", description = "Date (default: the pack's as-of date).")
        String at;

        @Override
        public Integer call() {
            RelationsEngine e = engine();
            SignedGraph g = e.graph(asOf(e, at, "--at"));
            PrintWriter out = out();
            if (format == Format.JSON) {
                out.print(Json.write(g));
            } else {
                TextTable t = new TextTable("a", "b", "score", "sign").right(2);
                for (SignedEdge x : g.edges()) {
                    t.add(x.a(), x.b(), RelationsData.num(x.score()), x.sign() > 0 ? "+" : "-");
                }
                if (format == Format.TABLE) {
                    out.printf(
                            Locale.ROOT,
                            "signed graph at %s: %d states, %d edges with |score| >= %.1f%n",
                            g.at(),
                            g.nodes().size(),
                            g.edges().size(),
                            g.threshold());
                }
                out.print(t.render(format));
            }
            out.flush();
            return 0;
        }
    }

    /** The {@code --at DATE} and {@code --since DATE} options of the commands that compare two dates. */
    static final class Window {
        @Option(names = "--at", paramLabel = "DATE", description = "Date (default: the pack's as-of date).")
        String at;

        @Option(
                names = "--since",
                paramLabel = "DATE",
                description = "Date to compare with (default: one year before --at).")
        String since;

        /** The earlier date: --since, else one year before {@code end}. */
        LocalDate start(LocalDate end) {
            return since == null ? end.minusYears(1) : RelationsData.date("--since", since);
        }
    }

    @Command(
            name = "balance",
            mixinStandardHelpOptions = true,
            description = "A state's portfolio of ties at a date and how it shifted since an earlier date.")
    static final class Balance extends Common implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ISO3", description = "The state.")
        String state;

        @Mixin
        Window window;

        @Override
        RelationsEvents.Reads reads() {
            return RelationsEvents.Reads.states(java.util.Set.of(RelationsData.iso3(state)));
        }

        @Override
        public Integer call() {
            RelationsEngine e = engine();
            LocalDate end = asOf(e, window.at, "--at");
            LocalDate start = window.start(end);
            Portfolio p = e.balance(RelationsData.iso3(state), start, end);
            PrintWriter out = out();
            if (format == Format.JSON) {
                out.print(Json.write(p));
                out.flush();
                return 0;
            }
            TextTable t = new TextTable("partner", "name", "before", "now", "shift", "events", "biggest move")
                    .right(2, 3, 4, 5);
            for (Tie tie : p.ties()) {
                String move = tie.moves().stream()
                        .max(java.util.Comparator.comparingDouble(c -> Math.abs(c.points())))
                        .map(c -> c.event().date() + " " + describe(c.event()) + " (" + RelationsData.num(c.points())
                                + ")")
                        .orElse("");
                t.add(
                        tie.partner(),
                        e.name(tie.partner()),
                        RelationsData.num(tie.before()),
                        RelationsData.num(tie.now()),
                        RelationsData.num(tie.shift()),
                        tie.moves().size(),
                        move);
            }
            if (format == Format.TABLE) {
                out.printf(
                        Locale.ROOT,
                        "%s (%s): ties at %s compared with %s%n",
                        p.state(),
                        e.name(p.state()),
                        p.at(),
                        p.since());
            }
            out.print(t.render(format));
            if (format == Format.TABLE) {
                out.printf(
                        Locale.ROOT,
                        "positive ties %s (was %s), negative ties %s (was %s)%n",
                        RelationsData.num(p.positiveSum()),
                        RelationsData.num(p.positiveSumBefore()),
                        RelationsData.num(p.negativeSum()),
                        RelationsData.num(p.negativeSumBefore()));
            }
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "structure",
            mixinStandardHelpOptions = true,
            description =
                    "Structural balance at a date: unbalanced triads, the frustration index, triads changed since an earlier date.")
    static final class Structure extends Common implements Callable<Integer> {
        @Mixin
        Window window;

        @Override
        public Integer call() {
            RelationsEngine e = engine();
            LocalDate end = asOf(e, window.at, "--at");
            LocalDate start = window.start(end);
            BalanceReport r = e.structure(start, end);
            PrintWriter out = out();
            if (format == Format.JSON) {
                out.print(Json.write(r));
                out.flush();
                return 0;
            }
            out.printf(
                    Locale.ROOT,
                    "signed graph at %s: %d states, %d edges, %d triads, %d unbalanced%n",
                    r.at(),
                    r.nodes(),
                    r.edges(),
                    r.triads(),
                    r.unbalanced().size());
            out.printf(
                    Locale.ROOT,
                    "frustration index %d (%s; %s)%n",
                    r.frustration(),
                    r.exact() ? "exact" : "upper bound",
                    r.method());
            TextTable f = new TextTable("a", "b", "score");
            r.frustratedEdges().forEach(x -> f.add(x.a(), x.b(), RelationsData.num(x.score())));
            out.println("edges whose sign change balances the graph:");
            out.print(f.text());
            out.println();
            out.println("unbalanced triads:");
            TextTable u = new TextTable("triad", "signs (ab ac bc)");
            for (Triad t : r.unbalanced()) {
                u.add(t.key(), t.signs());
            }
            out.print(u.text());
            out.println();
            out.printf(Locale.ROOT, "triads changed since %s:%n", r.since());
            TextTable c = new TextTable("triad", "before", "after", "balanced now");
            for (TriadChange x : r.changed()) {
                c.add(
                        x.key(),
                        x.before().map(Triad::signs).orElse("absent"),
                        x.after().map(Triad::signs).orElse("absent"),
                        x.after().map(t -> t.balanced() ? "yes" : "no").orElse("-"));
            }
            out.print(c.text());
            out.flush();
            return 0;
        }
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Command(
            name = "tie",
            mixinStandardHelpOptions = true,
            description =
                    "The tie between two states at a date, read as hostile, neutral or friendly by the pack's thresholds "
                            + "(pack.yaml relations: hostileAtOrBelow, friendlyAtOrAbove).")
    static final class TieCmd extends Common implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "A", description = "ISO3 code of one state.")
        String a;

        @Parameters(
                index = "1..*",
                arity = "1..*",
                paramLabel = "B",
                description = "ISO3 codes of the others (e.g. the transit countries).")
        java.util.List<String> others;

        @Option(names = "--at", paramLabel = "DATE", description = "Date (default: the pack's as-of date).")
        String at;

        @Override
        RelationsEvents.Reads reads() {
            return RelationsEvents.Reads.dyads(RelationsData.dyads(a, others));
        }

        @Override
        public Integer call() {
            RelationsEngine e = engine();
            LocalDate date = asOf(e, at, "--at");
            java.util.List<dev.crossroads.relations.ties.TieReading> ties = e.transitTies(
                    RelationsData.iso3(a),
                    others.stream().map(RelationsData::iso3).toList(),
                    date);
            PrintWriter out = out();
            if (format == Format.JSON) {
                out.print(Json.write(ties));
                out.flush();
                return 0;
            }
            TextTable t = new TextTable("a", "b", "score", "tie", "class", "baseline", "kind").right(2, 3, 5);
            for (var r : ties) {
                t.add(
                        r.a(),
                        r.b(),
                        RelationsData.num(r.score()),
                        RelationsData.num(r.tie()),
                        r.tieClass().name().toLowerCase(Locale.ROOT),
                        RelationsData.num(r.baseline()),
                        r.baselineKind());
            }
            if (format == Format.TABLE) {
                var th = e.tieThresholds();
                out.printf(
                        Locale.ROOT,
                        "ties at %s; tie = 10 tanh(score/10); hostile at or below %+.1f, friendly at or above %+.1f%n",
                        date,
                        th.hostileAtOrBelow(),
                        th.friendlyAtOrAbove());
            }
            out.print(t.render(format));
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "eligible",
            mixinStandardHelpOptions = true,
            description = "Which partners (rebuild/partners.csv) may take packages in a host country at a date: "
                    + "those whose tie with the host is not hostile.")
    static final class Eligible extends Common implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "HOST", description = "ISO3 code of the host country.")
        String host;

        @Option(names = "--at", paramLabel = "DATE", description = "Date (default: the pack's as-of date).")
        String at;

        @Override
        RelationsEvents.Reads reads() {
            return RelationsEvents.Reads.states(java.util.Set.of(RelationsData.iso3(host)));
        }

        @Override
        public Integer call() {
            RelationsEngine e = engine();
            LocalDate date = asOf(e, at, "--at");
            var rows = e.eligibility(RelationsData.iso3(host), date);
            PrintWriter out = out();
            if (format == Format.JSON) {
                out.print(Json.write(rows));
                out.flush();
                return 0;
            }
            TextTable t = new TextTable("partner", "country", "host", "eligible", "why");
            rows.forEach(
                    r -> t.add(r.partnerId(), r.partnerCountry(), r.host(), r.eligible() ? "yes" : "no", r.reason()));
            out.print(t.render(format));
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "audit",
            mixinStandardHelpOptions = true,
            description =
                    "A state's ties at a date ranked by the model and by the pack's sourced baselines, with every "
                            + "place where they disagree (eras, order, placeholders).")
    static final class Audit extends Common implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ISO3", description = "The state (e.g. the hub).")
        String state;

        @Option(names = "--at", paramLabel = "DATE", description = "Date (default: the pack's as-of date).")
        String at;

        @Override
        RelationsEvents.Reads reads() {
            return RelationsEvents.Reads.states(java.util.Set.of(RelationsData.iso3(state)));
        }

        @Override
        public Integer call() {
            RelationsEngine e = engine();
            var r = e.audit(RelationsData.iso3(state), asOf(e, at, "--at"));
            PrintWriter out = out();
            if (format == Format.JSON) {
                out.print(Json.write(r));
                out.flush();
                return 0;
            }
            TextTable t = new TextTable(
                            "model", "sources", "partner", "score", "baseline", "kind", "confidence", "since", "flags")
                    .right(0, 1, 3, 4);
            for (var row : r.rows()) {
                t.add(
                        row.rankByModel(),
                        row.rankBySources(),
                        row.partner(),
                        RelationsData.num(row.modelScore()),
                        RelationsData.num(row.baseline()),
                        row.baselineKind(),
                        row.baselineConfidence().code(),
                        row.baselineSince().map(Object::toString).orElse(""),
                        row.flags().size());
            }
            if (format == Format.TABLE) {
                out.printf(
                        Locale.ROOT,
                        "%s's ties at %s: rank by the model (score) and by the pack's baselines%n",
                        r.state(),
                        r.at());
            }
            out.print(t.render(format));
            if (format == Format.TABLE) {
                out.println();
                out.printf(
                        Locale.ROOT,
                        "%d disagreements between the model and the sources:%n",
                        r.disagreements().size());
                r.disagreements().forEach(d -> out.println("  - " + d));
            }
            out.flush();
            return 0;
        }
    }
}
