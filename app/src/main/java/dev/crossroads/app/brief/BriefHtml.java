package dev.crossroads.app.brief;

import dev.crossroads.app.service.Figures;
import dev.crossroads.scenario.BriefData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders a {@link BriefData} as one self-contained HTML file: inline CSS (with a print layout for A4), inline
 * SVG charts, no script, nothing loaded from elsewhere. Every text is escaped; every figure carries its note.
 */
public final class BriefHtml {
    static final int CHART_W = 640;

    private BriefHtml() {}

    public static String render(BriefData b) {
        StringBuilder h = new StringBuilder(32_000);
        h.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Brief: ")
                .append(e(b.scenario().name()))
                .append(" · ")
                .append(e(b.pack().title()))
                .append("</title>\n<style>\n")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n<article class=\"brief\">\n");
        header(h, b);
        chain(h, b);
        energy(h, b);
        relations(h, b);
        rebuild(h, b);
        notes(h, b);
        h.append("</article>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void header(StringBuilder h, BriefData b) {
        h.append("<header><p class=\"kicker\">Crossroads brief · ")
                .append(e(b.pack().title()))
                .append("</p>\n");
        h.append("<h1>")
                .append(e(b.scenario().name()))
                .append("</h1>\n<p class=\"meta\">Hub state ")
                .append(e(b.pack().homeName()))
                .append(" (")
                .append(e(b.pack().home()))
                .append(") · gas year ")
                .append(b.year())
                .append(" · relations at ")
                .append(b.at())
                .append(" · pack ")
                .append(e(b.pack().name()))
                .append(" as of ")
                .append(b.pack().asOf())
                .append(" · computed ")
                .append(b.solvedAt())
                .append("</p>\n");
        List<String> parts = new ArrayList<>();
        if (!b.scenario().cut().isEmpty()) {
            parts.add("cut " + String.join(", ", b.scenario().cut()));
        }
        if (!b.scenario().transit().isEmpty()) {
            parts.add("transit closed through " + String.join(", ", b.scenario().transit()));
        }
        if (!b.scenario().dyads().isEmpty()) {
            parts.add("mediators for "
                    + b.scenario().dyads().stream()
                            .map(d -> d.a() + "–" + d.b())
                            .collect(Collectors.joining(", ")));
        }
        h.append("<p class=\"scenario\">Scenario: ")
                .append(e(parts.isEmpty() ? "base case, nothing cut" : String.join("; ", parts)))
                .append(".</p>\n</header>\n");
    }

    // ------------------------------------------------------------ the chain

    private static void chain(StringBuilder h, BriefData b) {
        h.append("<section class=\"chain\" id=\"chain\">\n<h2>From cause to effect</h2>\n");
        if (b.chain().isEmpty()) {
            h.append("<p>Against its base case this scenario changes no figure of the hub model.</p>\n</section>\n");
            return;
        }
        h.append(
                        "<p class=\"small\">Each step follows from the one before: gas lost or gained per market, the electricity ")
                .append(
                        "that gas sustains in the host's regions, the service the reconstruction programme restores, and the ")
                .append(
                        "hub's ties and standing as a mediator. Each line says what it rests on.</p>\n<ol class=\"chain\">\n");
        for (var c : b.chain()) {
            h.append("<li><b>")
                    .append(e(c.what()))
                    .append(": ")
                    .append(e(num(c.value())))
                    .append(' ')
                    .append(e(c.unit()))
                    .append("</b> <span class=\"pill\">")
                    .append(e(c.pillar()))
                    .append("</span><br><span class=\"small\">")
                    .append(e(c.because()))
                    .append("</span></li>\n");
        }
        h.append("</ol>\n");
        if (!b.power().constants().isEmpty() && !b.power().regions().isEmpty()) {
            h.append("<p class=\"small\">Electricity: ")
                    .append(e(String.join("; ", b.power().constants())))
                    .append(".</p>\n");
        }
        if (!b.transitExposure().isEmpty()) {
            h.append(
                            "<table><caption>Transit exposure: the hub's tie with each country its gas crosses, and what closing it ")
                    .append("would cost</caption><thead><tr><th>country</th><th class=\"num\">tie</th><th>class</th>")
                    .append(
                            "<th class=\"num\">bcm at stake</th><th class=\"num\">value at stake</th></tr></thead><tbody>\n");
            for (var x : b.transitExposure()) {
                h.append("<tr><td>")
                        .append(e(x.name()))
                        .append("</td><td class=\"num\">")
                        .append(e(signed(x.tie())))
                        .append("</td><td>")
                        .append(e(x.tieClass()))
                        .append("</td><td class=\"num\">")
                        .append(bcm(x.volumeAtStakeBcm()))
                        .append("</td><td class=\"num\">")
                        .append(e(usd(x.valueAtStakeUsd())))
                        .append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</section>\n");
    }

    private static String num(double v) {
        return Figures.measure(v);
    }

    // ------------------------------------------------------------ energy

    private static void energy(StringBuilder h, BriefData b) {
        BriefData.Energy en = b.energy();
        h.append("<section class=\"pillar\" id=\"energy\">\n<h2>Energy</h2>\n");
        h.append("<p>Base case ")
                .append(e(en.base()))
                .append(" ")
                .append(en.year())
                .append(": ")
                .append(bcm(en.deliveredBcm()))
                .append(" bcm delivered")
                .append(ref(en.engineNote()))
                .append("; market concentration HHI ")
                .append(f0(en.hhiMarketsBefore()))
                .append(", transit HHI ")
                .append(
                        en.transitHhiDefinedBefore()
                                ? f0(en.hhiTransitBefore())
                                : "none (" + e(en.transitReadingBefore()) + ")");
        if (en.disruption().isPresent()) {
            BriefData.Disruption d = en.disruption().get();
            double grossLost = en.markets().stream()
                    .mapToDouble(m -> Math.max(0, m.lostBcm()))
                    .sum();
            double gained = en.markets().stream()
                    .mapToDouble(m -> Math.max(0, -m.lostBcm()))
                    .sum();
            h.append(". With ")
                    .append(e(d.description()))
                    .append(": ")
                    .append(bcm(grossLost))
                    .append(" bcm lost by the markets it cuts");
            if (gained > 1e-9) {
                h.append(", of which ")
                        .append(bcm(Math.min(gained, grossLost)))
                        .append(" bcm goes to other markets instead");
            }
            h.append(", netback change ")
                    .append(d.lostNetbackUsd() > 0 ? usd(-d.lostNetbackUsd()) : "+" + usd(-d.lostNetbackUsd()))
                    .append(ref(en.engineNote()))
                    .append("; HHI markets ")
                    .append(f0(en.hhiMarketsBefore()))
                    .append(" → ")
                    .append(f0(d.hhiMarketsAfter()))
                    .append(", transit ")
                    .append(en.transitHhiDefinedBefore() ? f0(en.hhiTransitBefore()) : "none")
                    .append(" → ")
                    .append(
                            d.transitHhiDefinedAfter()
                                    ? f0(d.hhiTransitAfter())
                                    : "none (" + e(d.transitReadingAfter()) + ")");
        }
        h.append(".</p>\n");
        if (!en.inputCaveats().isEmpty()) {
            h.append(
                    "<p class=\"caveat\"><strong>Inputs that decide these figures but are not sourced facts:</strong></p>\n<ul class=\"caveats\">\n");
            en.inputCaveats().forEach(c -> h.append("<li>").append(e(c)).append("</li>\n"));
            h.append("</ul>\n");
        }
        List<Svg.Bar> bars = en.markets().stream()
                .filter(m -> m.baseBcm() > 1e-9)
                .map(m -> new Svg.Bar(
                        m.name(),
                        m.baseBcm(),
                        m.lostBcm(),
                        bcm(m.baseBcm()) + (m.lostBcm() > 1e-9 ? " (−" + bcm(m.lostBcm()) + ")" : "")))
                .toList();
        h.append("<figure>")
                .append(Svg.bars("Deliveries per market, bcm (lost part in red)", bars, CHART_W))
                .append("<figcaption>Deliveries per market in ")
                .append(en.year())
                .append(", bcm; the red part is lost in the scenario")
                .append(ref(en.engineNote()))
                .append("</figcaption></figure>\n");
        h.append("<table class=\"num\"><thead><tr><th>Market</th><th>Country</th><th>As reported bcm</th>"
                + "<th>Modelled delivery bcm</th><th>Base bcm</th><th>Scenario bcm</th><th>Lost bcm</th>"
                + "<th>Gained bcm</th><th>Value lost</th></tr></thead><tbody>\n");
        for (BriefData.Market m : en.markets()) {
            h.append("<tr data-market=\"")
                    .append(e(m.id()))
                    .append("\"")
                    .append(m.lostBcm() > 1e-9 ? " class=\"hit\"" : "")
                    .append("><td>")
                    .append(e(m.name()))
                    .append("</td><td>")
                    .append(e(m.country()))
                    .append("</td><td>")
                    .append(m.asReportedBcm()
                            .map(v -> bcm(v) + ref(m.reportedNote()))
                            .orElse("–"))
                    .append("</td><td>")
                    .append(m.reportedBcm().map(v -> bcm(v)).orElse("–"))
                    .append("</td><td>")
                    .append(bcm(m.baseBcm()))
                    .append("</td><td>")
                    .append(bcm(m.disruptedBcm()))
                    .append("</td><td>")
                    .append(bcm(m.volumeLostBcm()))
                    .append("</td><td>")
                    .append(bcm(m.volumeGainedBcm()))
                    .append("</td><td>")
                    .append(usd(m.valueLostUsd()))
                    .append("</td></tr>\n");
        }
        for (BriefData.GroupFigure g : en.reportedGroups()) {
            h.append("<tr class=\"group\" data-group=\"")
                    .append(e(g.group()))
                    .append("\"><td>")
                    .append(e(g.group().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                            + g.group().substring(1)))
                    .append(" (")
                    .append(e(String.join(", ", g.markets())))
                    .append(")</td><td>–</td><td>")
                    .append(bcm(g.asReportedBcm()))
                    .append(ref(g.note()))
                    .append("</td><td>")
                    .append(bcm(g.modelledDeliveryBcm()))
                    .append(
                            "</td><td colspan=\"5\">published as one total; the markets above are the pack's split of it")
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n<p class=\"note\">As reported: the figure the source publishes (exports measured"
                + " where the gas leaves the hub, before a transit fee in kind); modelled delivery: what the model holds"
                + " the market to, the pack's reading of it. Value lost: the revenue a market loses at its price; the"
                + " hub's netback change is a system figure, given above.</p>\n");
        en.disruption().ifPresent(d -> {
            if (!d.explanation().isEmpty()) {
                h.append("<ul class=\"explain\">");
                d.explanation().stream()
                        .limit(6)
                        .forEach(x -> h.append("<li>").append(e(x)).append("</li>"));
                h.append("</ul>\n");
            }
        });
        h.append("</section>\n");
    }

    // ------------------------------------------------------------ relations

    private static void relations(StringBuilder h, BriefData b) {
        BriefData.Relations r = b.relations();
        h.append("<section class=\"pillar\" id=\"relations\">\n<h2>Relations</h2>\n");
        if (r.dyads().isEmpty()) {
            h.append("<p>The scenario names no hostile dyad.</p>\n");
        }
        for (BriefData.DyadMediators d : r.dyads()) {
            h.append("<h3>Mediators for ")
                    .append(e(d.aName()))
                    .append(" – ")
                    .append(e(d.bName()))
                    .append(" (dyad score ")
                    .append(signed(d.dyadScore()))
                    .append(" at ")
                    .append(b.at())
                    .append(")")
                    .append(ref(r.engineNote()))
                    .append("</h3>\n");
            List<Svg.Bar> bars = d.mediators().stream()
                    .map(m -> new Svg.Bar(
                            m.rank() + ". " + m.name(), m.score(), 0, String.format(Locale.ROOT, "%.3f", m.score())))
                    .toList();
            h.append("<figure>")
                    .append(Svg.bars("Mediator scores", bars, CHART_W))
                    .append("</figure>\n");
            h.append("<table class=\"num mediators\"><thead><tr><th>#</th><th>State</th><th>Score</th>");
            List<String> comps = d.mediators().isEmpty()
                    ? List.of()
                    : d.mediators().get(0).components().stream()
                            .map(BriefData.Component::name)
                            .toList();
            comps.forEach(c -> h.append("<th title=\"")
                    .append(e(c))
                    .append("\">")
                    .append(e(SHORT.getOrDefault(c, c)))
                    .append("</th>"));
            h.append("<th>Bias</th><th>Leans to</th></tr></thead><tbody>\n");
            for (BriefData.Mediator m : d.mediators()) {
                Map<String, Double> v = m.components().stream()
                        .collect(Collectors.toMap(BriefData.Component::name, BriefData.Component::value, (x, y) -> x));
                h.append("<tr data-state=\"")
                        .append(e(m.state()))
                        .append("\"><td>")
                        .append(m.rank())
                        .append("</td><td>")
                        .append(e(m.name()))
                        .append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.3f", m.score()))
                        .append("</td>");
                comps.forEach(c -> h.append("<td>")
                        .append(String.format(Locale.ROOT, "%.2f", v.getOrDefault(c, 0.0)))
                        .append("</td>"));
                h.append("<td>")
                        .append(signed(m.bias()))
                        .append("</td><td>")
                        .append(e(m.leansTo()))
                        .append("</td></tr>\n");
                h.append("<tr class=\"evrow\"><td></td><td class=\"ev\" colspan=\"")
                        .append(comps.size() + 4)
                        .append("\">Evidence: ")
                        .append(
                                m.evidence().isEmpty()
                                        ? "no event names it; ties and memberships only"
                                        : e(String.join("; ", m.evidence())))
                        .append(ref(m.note()))
                        .append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        Function<List<BriefData.Tie>, String> ties = list -> Svg.signed(
                "Ties",
                list.stream()
                        .map(t -> new Svg.Bar(
                                t.name(), t.score(), 0, signed(t.score()) + " (" + signed(t.shift()) + " in a year)"))
                        .toList(),
                CHART_W,
                10);
        h.append("<h3>")
                .append(e(b.pack().homeName()))
                .append("'s strongest ties at ")
                .append(b.at())
                .append(ref(r.engineNote()))
                .append("</h3>")
                .append(r.strongest().isEmpty() ? "<p>none in the pack</p>" : ties.apply(r.strongest()))
                .append("<h3>")
                .append(e(b.pack().homeName()))
                .append("'s weakest ties")
                .append(ref(r.engineNote()))
                .append("</h3>")
                .append(r.weakest().isEmpty() ? "<p>none in the pack</p>" : ties.apply(r.weakest()))
                .append("\n");
        h.append("</section>\n");
    }

    // ------------------------------------------------------------ rebuild

    private static void rebuild(StringBuilder h, BriefData b) {
        BriefData.Rebuild r = b.rebuild();
        h.append("<section class=\"pillar\" id=\"rebuild\">\n<h2>Rebuild</h2>\n");
        h.append("<p>Needs ")
                .append(usd(r.centralUsd()))
                .append(" (range ")
                .append(usd(r.lowUsd()))
                .append(" – ")
                .append(usd(r.highUsd()))
                .append(")")
                .append(ref(r.engineNote()));
        List<Svg.Range> ranges = new ArrayList<>();
        ranges.add(new Svg.Range("Pack estimate", r.lowUsd(), r.centralUsd(), r.highUsd(), usd(r.centralUsd())));
        if (r.reference().isPresent()) {
            BriefData.Reference x = r.reference().get();
            h.append(" against ")
                    .append(e(x.name()))
                    .append(" (")
                    .append(x.year())
                    .append("): ")
                    .append(usd(x.centralUsd()))
                    .append(ref(x.note()))
                    .append("; in the same scope (")
                    .append(e(x.comparedWith()))
                    .append(") the pack has ")
                    .append(usd(x.packCentralUsd()))
                    .append(": ")
                    .append(e(x.assessment()));
            ranges.add(new Svg.Range(
                    "Reference",
                    x.lowUsd().orElse(x.centralUsd()),
                    x.centralUsd(),
                    x.highUsd().orElse(x.centralUsd()),
                    usd(x.centralUsd())));
        }
        h.append(".</p>\n");
        if (!r.groups().isEmpty()) {
            h.append("<p>By published asset group, like with like:");
            String sep = " ";
            for (BriefData.Reference g : r.groups()) {
                h.append(sep)
                        .append(e(g.name()))
                        .append(" ")
                        .append(usd(g.centralUsd()))
                        .append(ref(g.note()))
                        .append(", the pack's ")
                        .append(e(g.comparedWith()))
                        .append(" ")
                        .append(usd(g.packCentralUsd()))
                        .append(" (")
                        .append(String.format(Locale.ROOT, "%.1f%%", g.coveragePercent()))
                        .append(")");
                sep = "; ";
            }
            h.append(". The sector and governorate shares below are of what the pack itemises.</p>\n");
        }
        h.append("<figure>")
                .append(Svg.ranges("Needs low / central / high, USD", ranges, CHART_W))
                .append("<figcaption>Low to high, the tick is the central figure</figcaption></figure>\n");
        h.append("<div class=\"two\"><div><h3>Top sectors</h3>")
                .append(shares(r.sectors()))
                .append("</div><div><h3>Top governorates</h3>")
                .append(shares(r.regions()))
                .append("</div></div>\n</section>\n");
    }

    private static String shares(List<BriefData.Share> list) {
        StringBuilder s =
                new StringBuilder("<table class=\"num\"><thead><tr><th></th><th>Low</th><th>Central</th><th>High</th>"
                        + "</tr></thead><tbody>");
        for (BriefData.Share x : list) {
            s.append("<tr><td>")
                    .append(e(x.name()))
                    .append(ref(x.note()))
                    .append("</td><td>")
                    .append(usd(x.lowUsd()))
                    .append("</td><td>")
                    .append(usd(x.centralUsd()))
                    .append("</td><td>")
                    .append(usd(x.highUsd()))
                    .append("</td></tr>");
        }
        return s.append("</tbody></table>").toString();
    }

    // ------------------------------------------------------------ notes

    private static void notes(StringBuilder h, BriefData b) {
        Map<String, BriefData.SourceRef> sources =
                b.sources().stream().collect(Collectors.toMap(BriefData.SourceRef::id, x -> x, (x, y) -> x));
        h.append("<section class=\"notes\" id=\"notes\">\n<h2>Notes</h2>\n<ol>\n");
        for (BriefData.Note n : b.notes()) {
            h.append("<li id=\"n")
                    .append(n.number())
                    .append("\">")
                    .append(e(n.text()))
                    .append(" — confidence: ")
                    .append(e(n.confidence()));
            if (n.illustrative()) {
                h.append(" <strong class=\"illus\">illustrative figures</strong>");
            }
            if (!n.sourceIds().isEmpty()) {
                h.append("<ul>");
                for (String id : n.sourceIds()) {
                    BriefData.SourceRef s = sources.get(id);
                    h.append("<li>[").append(e(id)).append("] ");
                    if (s != null) {
                        h.append(e(join(s.publisher(), s.title(), s.date())))
                                .append(s.url().isBlank() ? "" : " — <span class=\"url\">" + e(s.url()) + "</span>");
                    }
                    h.append("</li>");
                }
                h.append("</ul>");
            }
            h.append("</li>\n");
        }
        h.append("</ol>\n</section>\n");
    }

    // ------------------------------------------------------------ formatting

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> !p.isBlank()).collect(Collectors.joining(", "));
    }

    private static String e(String s) {
        return Html.escape(s);
    }

    private static String ref(int note) {
        return note <= 0 ? "" : "<sup class=\"ref\"><a href=\"#n" + note + "\">" + note + "</a></sup>";
    }

    static String bcm(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String f0(double v) {
        return Figures.whole(v);
    }

    static String signed(double v) {
        return Figures.signed(v);
    }

    static String usd(double v) {
        return Figures.usd(v);
    }

    static final Map<String, String> SHORT = Map.of(
            "reach",
            "reach",
            "evenHandedness",
            "even",
            "hostility",
            "hostile",
            "nonParticipation",
            "non-part.",
            "priorMediation",
            "prior med.",
            "sharedMemberships",
            "members");

    static final String CSS = """
            *{box-sizing:border-box}
            body{margin:0;background:#f4f5f7;color:#1d2330;font:14px/1.45 "DejaVu Sans",Arial,Helvetica,sans-serif}
            .brief{max-width:900px;margin:0 auto;padding:24px 32px;background:#fff}
            header .kicker{margin:0;color:#5a6375;font-size:12px;text-transform:uppercase;letter-spacing:.05em}
            h1{margin:4px 0 2px;font-size:26px}
            h2{margin:22px 0 6px;font-size:19px;border-bottom:2px solid #1d4f91;color:#1d4f91;padding-bottom:2px}
            h3{margin:14px 0 4px;font-size:15px}
            .meta,.scenario{margin:2px 0;color:#3c4456}
            figure{margin:6px 0}
            figcaption{font-size:12px;color:#5a6375}
            table{border-collapse:collapse;width:100%;margin:6px 0;font-size:12.5px}
            th,td{border-bottom:1px solid #dde1e8;padding:3px 6px;text-align:left;vertical-align:top}
            th{background:#eef1f6}
            table.num td{font-variant-numeric:tabular-nums}
            tr.hit td{background:#fdecea}
            td.ev{font-size:11.5px;color:#3c4456}
            tr.evrow td{border-bottom:1px solid #b9c1cf;padding-top:0}
            table.mediators tr:not(.evrow) td{border-bottom:none}
            .two{display:grid;grid-template-columns:1fr 1fr;gap:16px}
            .two svg{max-width:100%;height:auto}
            svg.chart{display:block;max-width:100%;height:auto}
            svg .lbl,svg .val{font:12px "DejaVu Sans",Arial,sans-serif;fill:#1d2330}
            svg .bar{fill:#1d4f91}svg .lost{fill:#c62828}svg .pos{fill:#2e7d32}svg .neg{fill:#c62828}
            svg .axis{stroke:#8a93a5;stroke-width:1}svg .range{fill:#9fb7d9}svg .central{fill:#1d2330}
            sup.ref{font-size:10px;margin-left:1px}sup.ref a{color:#1d4f91;text-decoration:none}
            .notes{font-size:12px}.notes ol{padding-left:22px}.notes ul{margin:2px 0 4px;padding-left:16px}
            .url{word-break:break-all;color:#3c4456}
            .illus{color:#b26a00}
            .explain{font-size:12px;color:#3c4456}
            .small{font-size:12px;color:#3c4456}
            .pill{display:inline-block;font-size:11px;padding:0 6px;border-radius:8px;background:#eef1f6;color:#1d4f91}
            ol.chain li{margin:3px 0}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
            @page{size:A4;margin:14mm 12mm}
            @media print{
              body{background:#fff;font-size:11px}
              .brief{max-width:none;padding:0}
              h2{break-after:avoid}
              section.pillar,figure,table{break-inside:avoid}
              .notes{break-before:page}
              sup.ref a{color:#000}
            }
            """;
}
