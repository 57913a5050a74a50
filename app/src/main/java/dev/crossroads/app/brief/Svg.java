package dev.crossroads.app.brief;

import java.util.List;
import java.util.Locale;

/** Small inline SVG charts for the Brief, drawn as text: no script, no external file. */
final class Svg {
    private Svg() {}

    /** A bar: label, value, the part of it shown as lost (0 for none), the text at the bar's end. */
    record Bar(String label, double value, double lost, String text) {}

    static final int LABEL_W = 210;
    static final int ROW_H = 22;

    /** Horizontal bars on a common scale from 0; a lost part is drawn hatched-red at the bar's end. */
    static String bars(String title, List<Bar> bars, int width) {
        double max =
                bars.stream().mapToDouble(b -> Math.max(b.value(), 0)).max().orElse(0);
        int plot = width - LABEL_W - 90;
        int h = bars.size() * ROW_H + 8;
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "<svg class=\"chart\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + "><title>%s</title>",
                width,
                h,
                width,
                h,
                Html.escape(title)));
        int y = 4;
        for (Bar b : bars) {
            double w = max > 0 ? plot * Math.max(b.value(), 0) / max : 0;
            double lw = max > 0 ? plot * Math.min(Math.max(b.lost(), 0), Math.max(b.value(), 0)) / max : 0;
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"lbl\">%s</text>",
                    LABEL_W - 6,
                    y + 15,
                    Html.escape(shorten(b.label()))));
            s.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"bar\"/>",
                    LABEL_W,
                    y + 3,
                    w - lw,
                    ROW_H - 6));
            if (lw > 0) {
                s.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"lost\"/>",
                        LABEL_W + w - lw,
                        y + 3,
                        lw,
                        ROW_H - 6));
            }
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" class=\"val\">%s</text>",
                    LABEL_W + w + 4,
                    y + 15,
                    Html.escape(b.text())));
            y += ROW_H;
        }
        return s.append("</svg>").toString();
    }

    static String shorten(String s) {
        return s.length() <= 30 ? s : s.substring(0, 29) + "…";
    }

    /** Signed bars around a zero line (ties from -10 to +10). */
    static String signed(String title, List<Bar> bars, int width, double limit) {
        int plot = width - LABEL_W - 240;
        double mid = LABEL_W + plot / 2.0;
        int h = bars.size() * ROW_H + 8;
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "<svg class=\"chart\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + "><title>%s</title>",
                width,
                h,
                width,
                h,
                Html.escape(title)));
        s.append(String.format(
                Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" class=\"axis\"/>", mid, mid, h));
        int y = 4;
        for (Bar b : bars) {
            double v = Math.max(-limit, Math.min(limit, b.value()));
            double w = Math.abs(v) / limit * plot / 2;
            double x = v >= 0 ? mid : mid - w;
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"lbl\">%s</text>",
                    LABEL_W - 6,
                    y + 15,
                    Html.escape(shorten(b.label()))));
            s.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"%s\"/>",
                    x,
                    y + 3,
                    w,
                    ROW_H - 6,
                    v >= 0 ? "pos" : "neg"));
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" class=\"val\">%s</text>",
                    LABEL_W + plot + 10,
                    y + 15,
                    Html.escape(b.text())));
            y += ROW_H;
        }
        return s.append("</svg>").toString();
    }

    /** Ranges (low to high with a central tick) on a common scale: the pack's estimate against a reference. */
    record Range(String label, double low, double central, double high, String text) {}

    static String ranges(String title, List<Range> ranges, int width) {
        double max = ranges.stream()
                .mapToDouble(r -> Math.max(r.high(), r.central()))
                .max()
                .orElse(0);
        int plot = width - LABEL_W - 150;
        int rowH = 30;
        int h = ranges.size() * rowH + 10;
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "<svg class=\"chart\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + "><title>%s</title>",
                width,
                h,
                width,
                h,
                Html.escape(title)));
        int y = 5;
        for (Range r : ranges) {
            double lo = max > 0 ? LABEL_W + plot * r.low() / max : LABEL_W;
            double hi = max > 0 ? LABEL_W + plot * r.high() / max : LABEL_W;
            double c = max > 0 ? LABEL_W + plot * r.central() / max : LABEL_W;
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"lbl\">%s</text>",
                    LABEL_W - 6,
                    y + 18,
                    Html.escape(shorten(r.label()))));
            s.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"14\" class=\"range\"/>",
                    lo,
                    y + 7,
                    Math.max(hi - lo, 1)));
            s.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"3\" height=\"22\" class=\"central\"/>",
                    c - 1.5,
                    y + 3));
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" class=\"val\">%s</text>",
                    Math.max(hi, c) + 6,
                    y + 18,
                    Html.escape(r.text())));
            y += rowH;
        }
        return s.append("</svg>").toString();
    }
}
