package dev.crossroads.energy.gaslib;

import dev.crossroads.core.input.InputText;
import dev.crossroads.core.input.Limits;
import dev.crossroads.core.pack.CsvReader;
import dev.crossroads.energy.EnergyException;
import dev.crossroads.energy.GasNetwork;
import dev.crossroads.energy.GasNetwork.Arc;
import dev.crossroads.energy.GasNetwork.ArcKind;
import dev.crossroads.energy.GasNetwork.Node;
import dev.crossroads.energy.GasNetwork.Sink;
import dev.crossroads.energy.GasNetwork.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads a GasLib network into a {@link GasNetwork} for scale tests of the allocation and N-1.
 *
 * <p>Two formats: the morgen CSV edge list ({@code GasLibN.net}: {@code type,from,to,length_m,diameter_m,
 * height_m,roughness_m}, types P pipe, S short pipe, V valve, C compressor; boundary data in
 * {@code GasLibN/training.ini} beside it) and the original GasLib XML ({@code .net} with its {@code .scn}, or
 * the {@code .zip} holding both).
 *
 * <p><b>Capacity rule.</b> A pipe's capacity is its steady isothermal flow at a reference pressure drop
 * (Weymouth-style, from the Darcy-Weisbach law for gas): mass flow
 * {@code q = (pi/4) sqrt(D^5 (p1^2 - p2^2) / (lambda L R T z))} with inlet {@value #P_IN_BAR} bar, outlet
 * {@value #P_OUT_BAR} bar, {@code R} = {@value #R_SPECIFIC} J/(kg K), {@code T} = {@value #T_KELVIN} K,
 * {@code z} = {@value #Z} and Nikuradse's rough-pipe friction {@code lambda = (2 log10(D/k) + 1.138)^-2}
 * ({@code k} the roughness). The mass flow becomes a volume at norm density {@value #NORM_DENSITY} kg/m3 and a
 * yearly figure in bcm. A 1.1 m, 50 km pipe gets about 31 bcm/yr. Short pipes, valves, compressors and other
 * non-pipe elements are links whose capacity is the total supply (they never bind). Pipes, short pipes and
 * valves carry gas either way (two arcs, one element); compressors only from {@code from} to {@code to}.
 *
 * <p><b>Boundary.</b> Morgen: supply nodes are nodes that start exactly one edge and end none, demand nodes
 * those that end exactly one edge and start none (morgen's own rule); a demand node's cap is its {@code uq}
 * mass flow (kg/s) from {@code training.ini}, or the mean of the given values when the file does not give one
 * per demand node (GasLib-4197's gives three); supplies carry pressures only, so each supply node may inject up
 * to the total demand. XML: a source injects up to its upper flow bound in the {@code .scn} (else
 * {@code flowMax}), a sink takes up to its upper bound; flows in 1000 m3/h are converted to bcm/yr.
 *
 * <p><b>Economics.</b> Every exit pays {@value #PRICE_USD_PER_KCM} USD/kcm, supply is free and each arc
 * costs {@value #TARIFF_USD_PER_KCM_PER_KM} USD/kcm per km (short links 0.001 USD/kcm), so the LP serves as
 * much demand as the capacities allow over the shortest paths. Nodes and arcs lie in DEU.
 */
public final class GasLibImport {
    static final double P_IN_BAR = 70;
    static final double P_OUT_BAR = 40;
    static final double R_SPECIFIC = 530;
    static final double T_KELVIN = 283.15;
    static final double Z = 0.9;
    static final double NORM_DENSITY = 0.785;
    static final double PRICE_USD_PER_KCM = 250;
    static final double TARIFF_USD_PER_KCM_PER_KM = 0.01;
    private static final double SECONDS_PER_YEAR = 365 * 24 * 3600.0;
    private static final String COUNTRY = "DEU";

    private GasLibImport() {}

    /** The capacity of a pipe in bcm per year under the reference pressure drop (see the class javadoc). */
    public static double pipeCapacityBcmPerYear(double lengthM, double diameterM, double roughnessM) {
        double k = roughnessM > 0 ? roughnessM : 1e-5;
        double lambda = Math.pow(2 * Math.log10(diameterM / k) + 1.138, -2);
        double dp2 = Math.pow(P_IN_BAR * 1e5, 2) - Math.pow(P_OUT_BAR * 1e5, 2);
        double q =
                Math.PI / 4 * Math.sqrt(Math.pow(diameterM, 5) * dp2 / (lambda * lengthM * R_SPECIFIC * T_KELVIN * Z));
        return kgPerSecondToBcm(q);
    }

    static double kgPerSecondToBcm(double kgPerS) {
        return kgPerS / NORM_DENSITY * SECONDS_PER_YEAR / 1e9;
    }

    static double kcmPerHourToBcm(double thousandM3PerHour) {
        return thousandM3PerHour * 1000 * 24 * 365 / 1e9;
    }

    /**
     * Whether the text of a {@code .net} file is GasLib XML (else it is the morgen CSV edge list): the caller then
     * passes it to {@link #readXml} with the {@code .scn} beside it, or to {@link #readMorgen} with the
     * {@code training.ini}.
     */
    public static boolean isXml(String netText) {
        return netText.stripLeading().startsWith("<");
    }

    /** Most entries read from a zip: GasLib archives hold a handful of files. */
    static final int MAX_ZIP_ENTRIES = 1000;

    /**
     * Reads a GasLib {@code .zip} (its {@code .net} and first {@code .scn}) from a stream; {@code zip} names it in
     * messages (the file's path), {@code base} is the network's name. Each entry is read up to
     * {@link Limits#FILE_BYTES}, whatever its header claims.
     */
    public static GasNetwork readZip(String zip, String base, InputStream in, int year) throws IOException {
        String net = null;
        String scn = null;
        int entries = 0;
        try (ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new EnergyException(
                            zip + ": more than " + MAX_ZIP_ENTRIES + " entries: not a GasLib archive");
                }
                String where = zip + "!" + e.getName();
                // read at most the byte limit of each entry, whatever its header claims: a small zip can expand to
                // gigabytes
                if (e.getName().endsWith(".net")) {
                    net = InputText.decode(where, InputText.readCapped(where, z, Limits.FILE_BYTES));
                } else if (e.getName().endsWith(".scn") && scn == null) {
                    scn = InputText.decode(where, InputText.readCapped(where, z, Limits.FILE_BYTES));
                }
            }
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            // a corrupt or cut-short archive: a problem of the input, not of reading it
            throw new EnergyException(zip + ": not a readable zip archive: " + e.getMessage());
        }
        if (net == null) {
            throw new EnergyException(zip + " holds no .net file");
        }
        return readXml(base, net, scn, year);
    }

    /** Parses the morgen CSV edge list and its training.ini text. */
    public static GasNetwork readMorgen(String name, String net, String trainingIni, int year) {
        List<String[]> edges = new ArrayList<>();
        CsvReader.Result parsed = CsvReader.parseSkippingComments(net);
        if (!parsed.errors().isEmpty()) {
            CsvReader.SyntaxError e = parsed.errors().get(0);
            throw new EnergyException(name + ".net:" + e.line() + ":" + e.column() + ": " + e.message());
        }
        for (CsvReader.Record r : parsed.records()) {
            List<String> cells =
                    new ArrayList<>(r.cells().stream().map(String::strip).toList());
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1); // as written by hand: "P,1,2," has no fourth field
            }
            if (cells.size() < 3) {
                throw new EnergyException(name + ".net:" + r.line()
                        + ": expected type,from,to[,length,diameter,height,roughness], got '"
                        + String.join(",", r.cells()).strip() + "'");
            }
            edges.add(cells.toArray(String[]::new));
        }
        Map<String, Integer> fromCount = new HashMap<>();
        Map<String, Integer> toCount = new HashMap<>();
        Set<String> nodeIds = new LinkedHashSet<>();
        for (String[] e : edges) {
            fromCount.merge(e[1].strip(), 1, Integer::sum);
            toCount.merge(e[2].strip(), 1, Integer::sum);
            nodeIds.add(e[1].strip());
            nodeIds.add(e[2].strip());
        }
        List<String> supply = nodeIds.stream()
                .filter(n -> !toCount.containsKey(n) && fromCount.get(n) == 1)
                .sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
                .toList();
        List<String> demand = nodeIds.stream()
                .filter(n -> !fromCount.containsKey(n) && toCount.get(n) == 1)
                .sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
                .toList();
        double[] uq = iniValues(trainingIni, "uq");
        double mean = 0;
        for (double v : uq) {
            mean += v;
        }
        mean = uq.length > 0 ? mean / uq.length : 1;
        List<Sink> sinks = new ArrayList<>();
        double totalDemand = 0;
        for (int i = 0; i < demand.size(); i++) {
            double cap = kgPerSecondToBcm(uq.length == demand.size() ? uq[i] : mean);
            totalDemand += cap;
            sinks.add(new Sink(
                    "exit-" + demand.get(i),
                    "exit " + demand.get(i),
                    "n" + demand.get(i),
                    COUNTRY,
                    cap,
                    PRICE_USD_PER_KCM,
                    List.of()));
        }
        List<Source> sources = new ArrayList<>();
        for (String s : supply) {
            sources.add(new Source("entry-" + s, "n" + s, COUNTRY, totalDemand, 0));
        }
        List<Node> nodes =
                nodeIds.stream().map(n -> new Node("n" + n, n, COUNTRY)).toList();
        List<Arc> arcs = new ArrayList<>();
        int idx = 0;
        double linkCap = Math.max(totalDemand, 1);
        for (String[] e : edges) {
            idx++;
            String type = e[0].strip().toUpperCase(Locale.ROOT);
            String from = "n" + e[1].strip();
            String to = "n" + e[2].strip();
            if (type.equals("P")) {
                if (e.length < 5) {
                    throw new EnergyException(name + ".net: pipe " + idx + " needs type,from,to,length,diameter");
                }
                double len = Double.parseDouble(e[3]);
                double cap = pipeCapacityBcmPerYear(
                        len, Double.parseDouble(e[4]), e.length > 6 ? Double.parseDouble(e[6]) : 1e-5);
                addPipe(arcs, "pipe-" + idx, from, to, cap, len / 1000);
            } else {
                ArcKind kind = ArcKind.GASLIB_LINK;
                String id = (type.equals("C") ? "compressor-" : type.equals("V") ? "valve-" : "short-") + idx;
                arcs.add(new Arc(id, id, id, kind, from, to, COUNTRY, "", linkCap, 0.001, 0, OptionalDouble.empty()));
                if (!type.equals("C")) {
                    arcs.add(new Arc(
                            id + "-rev",
                            id,
                            id,
                            kind,
                            to,
                            from,
                            COUNTRY,
                            "",
                            linkCap,
                            0.001,
                            0,
                            OptionalDouble.empty()));
                }
            }
        }
        return new GasNetwork(name, year, nodes, arcs, sources, sinks);
    }

    private static void addPipe(List<Arc> arcs, String id, String from, String to, double cap, double km) {
        double tariff = Math.max(0.001, TARIFF_USD_PER_KCM_PER_KM * km);
        arcs.add(
                new Arc(id, id, id, ArcKind.GASLIB_PIPE, from, to, COUNTRY, "", cap, tariff, 0, OptionalDouble.of(km)));
        arcs.add(new Arc(
                id + "-rev",
                id,
                id,
                ArcKind.GASLIB_PIPE,
                to,
                from,
                COUNTRY,
                "",
                cap,
                tariff,
                0,
                OptionalDouble.of(km)));
    }

    private static double[] iniValues(String ini, String key) {
        for (String line : ini.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).strip().equals(key)) {
                String[] parts = line.substring(eq + 1).strip().split(";");
                double[] v = new double[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    v[i] = Double.parseDouble(parts[i].strip());
                }
                return v;
            }
        }
        return new double[0];
    }

    /** Parses GasLib XML network text and (optionally) scenario text. */
    public static GasNetwork readXml(String name, String netXml, String scnXml, int year) {
        Document net = parse(netXml, name + ".net");
        Map<String, Double> upper = new HashMap<>();
        if (scnXml != null) {
            Document scn = parse(scnXml, name + ".scn");
            NodeList ns = scn.getElementsByTagNameNS("*", "node");
            for (int i = 0; i < ns.getLength(); i++) {
                Element n = (Element) ns.item(i);
                NodeList flows = n.getElementsByTagNameNS("*", "flow");
                for (int j = 0; j < flows.getLength(); j++) {
                    Element f = (Element) flows.item(j);
                    if (!"lower".equals(f.getAttribute("bound"))) {
                        upper.put(n.getAttribute("id"), kcmPerHourToBcm(Double.parseDouble(f.getAttribute("value"))));
                    }
                }
            }
        }
        List<Node> nodes = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        List<Sink> sinks = new ArrayList<>();
        Element nodesEl = (Element) net.getElementsByTagNameNS("*", "nodes").item(0);
        if (nodesEl == null) {
            throw new EnergyException(name + ".net has no <framework:nodes>: is it a GasLib network file?");
        }
        double total = 0;
        for (org.w3c.dom.Node c = nodesEl.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) {
                continue;
            }
            String id = e.getAttribute("id");
            nodes.add(new Node(id, id, COUNTRY));
            String kind = e.getLocalName();
            double cap = upper.getOrDefault(
                    id,
                    childValue(e, "flowMax").map(GasLibImport::kcmPerHourToBcm).orElse(0.0));
            if ("source".equals(kind)) {
                sources.add(new Source(id, id, COUNTRY, cap, 0));
                total += cap;
            } else if ("sink".equals(kind)) {
                sinks.add(new Sink(id, id, id, COUNTRY, cap, PRICE_USD_PER_KCM, List.of()));
            }
        }
        Element conns = (Element) net.getElementsByTagNameNS("*", "connections").item(0);
        if (conns == null) {
            throw new EnergyException(name + ".net has no <framework:connections>: is it a GasLib network file?");
        }
        List<Arc> arcs = new ArrayList<>();
        double linkCap = Math.max(total, 1);
        for (org.w3c.dom.Node c = conns.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) {
                continue;
            }
            String id = e.getAttribute("id");
            String from = e.getAttribute("from");
            String to = e.getAttribute("to");
            if ("pipe".equals(e.getLocalName())) {
                double lenKm =
                        childValue(e, "length").orElseThrow(() -> new EnergyException("pipe " + id + " has no length"));
                double d = childValue(e, "diameter")
                        .orElseThrow(() -> new EnergyException("pipe " + id + " has no diameter"));
                double roughMm = childValue(e, "roughness").orElse(0.01);
                addPipe(arcs, id, from, to, pipeCapacityBcmPerYear(lenKm * 1000, d, roughMm / 1000), lenKm);
            } else {
                arcs.add(new Arc(
                        id,
                        id,
                        id,
                        ArcKind.GASLIB_LINK,
                        from,
                        to,
                        COUNTRY,
                        e.getLocalName(),
                        linkCap,
                        0.001,
                        0,
                        OptionalDouble.empty()));
                if (!e.getLocalName().equals("compressorStation")) {
                    arcs.add(new Arc(
                            id + "-rev",
                            id,
                            id,
                            ArcKind.GASLIB_LINK,
                            to,
                            from,
                            COUNTRY,
                            e.getLocalName(),
                            linkCap,
                            0.001,
                            0,
                            OptionalDouble.empty()));
                }
            }
        }
        return new GasNetwork(name, year, nodes, arcs, sources, sinks);
    }

    private static java.util.Optional<Double> childValue(Element e, String local) {
        NodeList l = e.getElementsByTagNameNS("*", local);
        if (l.getLength() == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Double.parseDouble(((Element) l.item(0)).getAttribute("value")));
    }

    private static Document parse(String xml, String what) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            // the parser may quote the input, line breaks and all: keep the message to one short line
            String m = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
            throw new EnergyException(
                    "cannot parse " + what + " as GasLib XML: " + (m.length() > 200 ? m.substring(0, 200) + "..." : m));
        }
    }

    /** Node ids of a network in file order (for tests and reports). */
    static Map<String, Integer> index(GasNetwork n) {
        Map<String, Integer> m = new LinkedHashMap<>();
        n.nodes().forEach(x -> m.put(x.id(), m.size()));
        return m;
    }
}
