package dev.crossroads.app.cli;

import dev.crossroads.app.service.Json;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.ledger.LedgerEvent;
import dev.crossroads.relations.mediation.Component;
import dev.crossroads.relations.mediation.MediatorRanking;
import dev.crossroads.relations.mediation.MediatorScore;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crossroads mediators A B --at DATE}: third parties ranked for a hostile dyad, with their evidence. */
@Command(
        name = "mediators",
        mixinStandardHelpOptions = true,
        description =
                "Rank third parties as mediators for a dyad: reach, even-handedness, hostility, non-participation, "
                        + "prior mediation, shared memberships; bias shown beside the score.")
public final class MediatorsCommand extends RelationsCommand.Common implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "ISO3 code of one party.")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "ISO3 code of the other party.")
    String b;

    @Option(names = "--at", paramLabel = "DATE", description = "Date (default: the pack's as-of date).")
    String at;

    @Option(
            names = "--top",
            defaultValue = "10",
            description = "How many candidates to show with evidence (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        RelationsEngine e = engine();
        LocalDate date = asOf(e, at, "--at");
        MediatorRanking.Result r = e.mediators(RelationsData.iso3(a), RelationsData.iso3(b), date);
        PrintWriter out = out();
        if (format == Format.JSON) {
            out.print(Json.write(r));
            out.flush();
            return 0;
        }
        TextTable t = new TextTable(
                        "rank",
                        "state",
                        "name",
                        "score",
                        "reach",
                        "even",
                        "hostile",
                        "nonPart",
                        "priorMed",
                        "members",
                        "tieA",
                        "tieB",
                        "bias",
                        "leans")
                .right(0, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        for (MediatorScore s : r.ranking()) {
            t.add(
                    s.rank(),
                    s.state(),
                    s.name(),
                    f(s.score()),
                    f(comp(s, "reach")),
                    f(comp(s, "evenHandedness")),
                    f(comp(s, "hostility")),
                    f(comp(s, "nonParticipation")),
                    f(comp(s, "priorMediation")),
                    f(comp(s, "sharedMemberships")),
                    RelationsData.num(s.tieToA()),
                    RelationsData.num(s.tieToB()),
                    RelationsData.num(s.bias()),
                    s.leansTo());
        }
        if (format == Format.CSV) {
            out.print(t.csv());
            out.flush();
            return 0;
        }
        var w = r.weights();
        out.printf(
                Locale.ROOT,
                "mediators for %s-%s (%s - %s) at %s; the dyad's score is %s%n",
                r.a(),
                r.b(),
                e.name(r.a()),
                e.name(r.b()),
                r.at(),
                RelationsData.num(r.dyadScore()));
        out.printf(
                Locale.ROOT,
                "score = %.2f reach + %.2f even + %.2f nonPart + %.2f priorMed + %.2f members - %.2f hostile "
                        + "(components in [0,1]; bias = (tieA - tieB)/10, not in the score)%n",
                w.reach(),
                w.evenHandedness(),
                w.nonParticipation(),
                w.priorMediation(),
                w.sharedMemberships(),
                w.hostility());
        out.print(t.text());
        out.println();
        for (MediatorScore s : r.ranking().subList(0, Math.min(top, r.ranking().size()))) {
            out.printf(Locale.ROOT, "%d. %s (%s) score %.3f%n", s.rank(), s.state(), s.name(), s.score());
            for (Component c : s.components()) {
                out.printf(
                        Locale.ROOT,
                        "   %-18s %.2f x %+.2f = %+.3f  %s%n",
                        c.name(),
                        c.value(),
                        c.weight(),
                        c.points(),
                        c.explanation());
                for (LedgerEvent x : c.evidence().stream().limit(4).toList()) {
                    out.printf(
                            Locale.ROOT,
                            "      %s %s>%s%s %s %s %s: %s%n",
                            x.date(),
                            x.actor1(),
                            x.actor2(),
                            x.mediator().map(m -> " via " + m).orElse(""),
                            x.cameo(),
                            x.cameoName(),
                            RelationsData.label(x),
                            RelationsData.shorten(x.text(), 80));
                }
            }
        }
        out.flush();
        return 0;
    }

    private static double comp(MediatorScore s, String name) {
        return s.components().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .map(Component::value)
                .orElse(0.0);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
