package dev.crossroads.app.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossroads.rebuild.programme.Plan;
import dev.crossroads.rebuild.programme.Programme;
import dev.crossroads.rebuild.programme.WorkPackage;
import dev.crossroads.store.RunRecord;
import dev.crossroads.store.RunRepository;
import dev.crossroads.store.RunStatus;
import dev.crossroads.store.Store;
import dev.crossroads.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Saved programme runs, shared by {@code rebuild plan --save}, {@code rebuild compare|export|logistics} and the HTTP
 * API: they live in the store's runs table (kind {@value #KIND}, the same kind as the {@code rebuild.plan} jobs, so a
 * run saved from the CLI can be compared or routed over HTTP and the reverse). Run files written by earlier
 * versions (JSON under {@code ~/.crossroads/runs}) come in once through {@link #importDir}; a file path given
 * instead of an id is still read and written as a file.
 */
public final class ProgrammeRuns {
    /** The kind of stored programme runs. */
    public static final String KIND = "rebuild.plan";
    /** Run files larger than this are refused (a plan of the default pack is about 1 MB). */
    static final long MAX_FILE_BYTES = 64L << 20;

    /** A saved run: the plan with what is needed to compare and export it. */
    public record SavedRun(
            String id, String pack, List<String> options, Map<String, List<String>> predecessors, Plan plan) {
        public SavedRun {
            Objects.requireNonNull(id, "id");
            pack = pack == null ? "" : pack;
            options = options == null ? List.of() : List.copyOf(options);
            predecessors = predecessors == null
                    ? Map.of()
                    : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(predecessors));
            Objects.requireNonNull(plan, "plan");
        }
    }

    /** What an import did: the ids stored, those already stored with the same content, the files read. */
    public record Imported(List<String> stored, List<String> unchanged, int files) {}

    private final Store store;
    private final Clock clock;

    public ProgrammeRuns(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The folder where earlier versions saved run files: {@code $CROSSROADS_RUNS}, else ~/.crossroads/runs. */
    public static Path legacyDir() {
        String env = System.getenv("CROSSROADS_RUNS");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".crossroads", "runs");
    }

    /** Whether {@code run} names a file (a path or a {@code .json} name) rather than a stored run's id. */
    public static boolean isFile(String run) {
        return run.contains("/") || run.contains(java.io.File.separator) || run.endsWith(".json");
    }

    /** Checks a run id: letters, digits, '_', '.', '-'. */
    public static String checkId(String id) {
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")) {
            throw ServiceException.input(
                    "run id '" + (id.length() > 40 ? id.substring(0, 40) + "..." : id)
                            + "' may only hold letters, digits, '_', '.', '-' (at most 100); or give a file path ending in .json");
        }
        return id;
    }

    /** The predecessors of each package of a programme, as saved with a run (for the MS Project export). */
    public static Map<String, List<String>> predecessors(Programme prog) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (WorkPackage w : prog.packages()) {
            m.put(w.id(), w.predecessors());
        }
        return m;
    }

    /** Stores the run under its id, replacing a stored programme run of that id. */
    public void save(SavedRun run) {
        checkId(run.id());
        try {
            store.runs().saveFinished(List.of(finished(run, clock.instant())));
        } catch (StoreException e) {
            throw ServiceException.conflict(e.getMessage());
        }
    }

    /** The stored programme run with this id (a run saved from the CLI, imported, or a finished rebuild.plan job). */
    public SavedRun get(String id) {
        Optional<RunRecord> r = store.runs().getRun(id);
        if (r.isEmpty() || !r.get().kind().equals(KIND)) {
            String hint = Files.isRegularFile(legacyDir().resolve(id + ".json"))
                    ? "; a run file " + legacyDir().resolve(id + ".json")
                            + " exists: load the run files with 'crossroads rebuild runs import'"
                    : "; save one with 'crossroads rebuild plan --save " + id + "'";
            throw ServiceException.notFound("no saved run " + id + " in " + store.url() + hint);
        }
        return fromRecord(r.get());
    }

    /** The newest finished programme run in the store, if any. */
    public Optional<SavedRun> latest() {
        for (RunRecord r : store.runs().listRuns(KIND)) {
            if (r.status() == RunStatus.DONE && r.resultJson().isPresent()) {
                return Optional.of(fromRecord(r));
            }
        }
        return Optional.empty();
    }

    /** The stored programme runs, newest first (finished ones only). */
    public List<SavedRun> list() {
        List<SavedRun> out = new ArrayList<>();
        for (RunRecord r : store.runs().listRuns(KIND)) {
            if (r.status() == RunStatus.DONE && r.resultJson().isPresent()) {
                out.add(fromRecord(r));
            }
        }
        return out;
    }

    /**
     * Loads every {@code *.json} run file of a folder into the store in one transaction: every file is read and
     * checked first, and one bad file stores nothing (the error names it). Idempotent: a run already stored with
     * the same content is left alone; one stored under the same id with other content is a conflict unless
     * {@code replace}.
     */
    public Imported importDir(Path dir, boolean replace) {
        if (!Files.isDirectory(dir)) {
            throw ServiceException.notFound("no run folder at " + dir + ": give the folder that holds the run files");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw ServiceException.input("cannot list " + dir + ": " + e.getMessage());
        }
        List<RunRepository.FinishedRun> toStore = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Map<String, Path> seen = new LinkedHashMap<>();
        for (Path f : files) {
            SavedRun run = readFile(f);
            checkId(run.id());
            Path twin = seen.put(run.id(), f);
            if (twin != null) {
                throw ServiceException.conflict(f + ": run id " + run.id() + " is also the id of " + twin
                        + "; rename one (the id is the file's 'id' field). Nothing was imported.");
            }
            Instant written;
            try {
                written = Files.getLastModifiedTime(f).toInstant();
            } catch (IOException e) {
                written = clock.instant();
            }
            RunRepository.FinishedRun fr = finished(run, written);
            Optional<RunRecord> old = store.runs().getRun(run.id());
            if (old.isPresent()) {
                if (!old.get().kind().equals(KIND)) {
                    throw ServiceException.conflict(f + ": the id " + run.id() + " names a "
                            + old.get().kind() + " run in the store; rename the file's 'id'. Nothing was imported.");
                }
                if (sameContent(old.get(), fr)) {
                    unchanged.add(run.id());
                    continue;
                }
                if (!replace) {
                    throw ServiceException.conflict(f + ": a different programme run " + run.id()
                            + " is already stored; import with --replace to overwrite it, or rename the file's 'id'."
                            + " Nothing was imported.");
                }
            }
            toStore.add(fr);
            stored.add(run.id());
        }
        try {
            store.runs().saveFinished(toStore);
        } catch (StoreException e) {
            throw ServiceException.conflict(e.getMessage() + " Nothing was imported.");
        }
        return new Imported(stored, unchanged, files.size());
    }

    /** Reads a run file; every problem is a {@link ServiceException} naming the file. */
    public static SavedRun readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw ServiceException.notFound("no saved run file at " + file);
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw ServiceException.input(file + ": a run file is at most 64 MiB");
            }
            JsonNode n = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (n == null
                    || !n.isObject()
                    || !n.hasNonNull("plan")
                    || !n.get("plan").isObject()) {
                throw ServiceException.input(
                        file + ": not a saved programme run (no 'plan' object); save one with 'rebuild plan --save'");
            }
            ObjectNode o = (ObjectNode) n;
            if (!o.hasNonNull("id")) {
                o.put("id", file.getFileName().toString().replaceFirst("\\.json$", ""));
            }
            return Json.MAPPER.treeToValue(o, SavedRun.class);
        } catch (JsonProcessingException e) {
            throw ServiceException.input(file + ": not a saved programme run"
                    + (e.getLocation() != null
                            ? " (line " + e.getLocation().getLineNr() + ", column "
                                    + e.getLocation().getColumnNr() + ")"
                            : "")
                    + ": " + e.getOriginalMessage());
        } catch (java.nio.charset.MalformedInputException e) {
            throw ServiceException.input(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw ServiceException.input(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** Writes a run as a JSON file (what {@code --save FILE.json} asks for). */
    public static void writeFile(Path file, SavedRun run) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path tmp = Files.createTempFile(parent, ".run", ".json.tmp");
            Files.writeString(tmp, Json.write(run), StandardCharsets.UTF_8);
            Files.move(
                    tmp,
                    file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw ServiceException.input("cannot write " + file + ": " + e.getMessage());
        }
    }

    private static RunRepository.FinishedRun finished(SavedRun run, Instant at) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("savedAs", run.id());
        params.put("pack", run.pack());
        params.put("options", run.options());
        params.put("horizonMonths", run.plan().horizonMonths());
        params.put("budgetUsdPerYear", nationalBudget(run.plan()));
        params.put("predecessors", run.predecessors());
        return new RunRepository.FinishedRun(run.id(), KIND, Json.write(params), Json.write(run.plan()), at);
    }

    private static double nationalBudget(Plan p) {
        return p.years().isEmpty() ? 0 : p.years().get(0).budgetUsd();
    }

    private static boolean sameContent(RunRecord old, RunRepository.FinishedRun fr) {
        try {
            return old.resultJson().isPresent()
                    && Json.MAPPER.readTree(old.resultJson().get()).equals(Json.MAPPER.readTree(fr.resultJson()))
                    && Json.MAPPER.readTree(old.paramsJson()).equals(Json.MAPPER.readTree(fr.paramsJson()));
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static SavedRun fromRecord(RunRecord r) {
        try {
            Plan plan = Json.MAPPER.readValue(r.resultJson().orElseThrow(), Plan.class);
            JsonNode params = Json.MAPPER.readTree(r.paramsJson());
            List<String> options = new ArrayList<>();
            Map<String, List<String>> preds = new LinkedHashMap<>();
            String pack = params.path("pack").asText("");
            if (params.has("options") && params.get("options").isArray()) {
                params.get("options").forEach(x -> options.add(x.asText()));
            } else {
                params.properties().forEach(e -> options.add(e.getKey() + "=" + e.getValue()));
            }
            if (params.has("predecessors") && params.get("predecessors").isObject()) {
                params.get("predecessors").properties().forEach(e -> {
                    List<String> l = new ArrayList<>();
                    e.getValue().forEach(x -> l.add(x.asText()));
                    preds.put(e.getKey(), l);
                });
            }
            return new SavedRun(r.id(), pack, options, preds, plan);
        } catch (JsonProcessingException e) {
            throw ServiceException.input("the stored run " + r.id() + " is not a programme this version reads ("
                    + e.getOriginalMessage() + "): save it again with 'rebuild plan --save " + r.id() + "'");
        }
    }
}
