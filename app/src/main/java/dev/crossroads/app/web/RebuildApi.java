package dev.crossroads.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.app.service.Json;
import dev.crossroads.app.service.ServiceException;
import dev.crossroads.app.web.jobs.JobKind;
import dev.crossroads.app.web.jobs.JobService;
import dev.crossroads.app.web.jobs.JobView;
import dev.crossroads.core.ModelException;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.rebuild.RebuildEngine;
import dev.crossroads.rebuild.needs.Needs;
import dev.crossroads.rebuild.programme.Plan;
import dev.crossroads.rebuild.programme.Programme;
import dev.crossroads.rebuild.programme.ProgrammeSettings;
import dev.crossroads.rebuild.schedule.SolveParameters;
import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * The rebuild pillar over HTTP: the needs assessment, the programme as the job kind {@code rebuild.plan}
 * (params horizonMonths, budgetUsdPerYear, timeLimitSeconds, workers, seed, workLimit, warmStartJob; the web's default
 * time limit is short),
 * and the comparison of two finished programme jobs.
 */
public final class RebuildApi {
    static final double DEFAULT_TIME_LIMIT_SECONDS = 10;
    static final double MAX_TIME_LIMIT_SECONDS = 300;

    private final RegionPack pack;

    public RebuildApi(RegionPack pack) {
        this.pack = pack;
    }

    void register(Javalin j, JobService jobs) {
        j.get("/api/rebuild/needs", ctx -> WebServer.json(ctx, 200, needs()));
        j.get("/api/rebuild/compare", ctx -> compare(ctx, jobs));
    }

    public Needs needs() {
        try {
            return RebuildEngine.needs(pack.rebuild());
        } catch (ModelException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** The programme of the pack with these settings (the packages, before solving). */
    public Programme programme(int horizonMonths, double budgetUsdPerYear) {
        return programme(horizonMonths, budgetUsdPerYear, 0);
    }

    /** As {@link #programme(int, double)} with an equity floor (percent of each region's own service; 0: none). */
    public Programme programme(int horizonMonths, double budgetUsdPerYear, double equityMinSharePercent) {
        ProgrammeSettings s = ProgrammeSettings.defaults(pack.meta().asOf().getYear() + 1)
                .withHorizon(horizonMonths)
                .withBudget(budgetUsdPerYear)
                .withEquityMinShare(equityMinSharePercent);
        return RebuildEngine.programme(pack.rebuild(), s);
    }

    private void compare(Context ctx, JobService jobs) {
        String a = Params.required(ctx, "a", "JOB_ID");
        String b = Params.required(ctx, "b", "JOB_ID");
        WebServer.json(ctx, 200, RebuildEngine.compare(a, plan(jobs, a), b, plan(jobs, b)));
    }

    private static Plan plan(JobService jobs, String id) {
        JobView v = jobs.get(id);
        if (!v.kind().equals("rebuild.plan")) {
            throw ApiException.badRequest("job " + id + " is a " + v.kind() + " job, not a rebuild.plan job");
        }
        if (!v.status().equals("done") || v.result().isEmpty()) {
            throw ApiException.conflict("job " + id + " is " + v.status() + ": compare finished rebuild.plan jobs");
        }
        try {
            return Json.MAPPER.treeToValue(v.result().get(), Plan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "the stored result of job " + id + " is not a plan: " + e.getOriginalMessage(), e);
        }
    }

    /** The job kind {@code rebuild.plan}. */
    public JobKind planJob() {
        return new JobKind() {
            private volatile JobService jobsRef;

            @Override
            public void attach(JobService service) {
                this.jobsRef = service;
            }

            @Override
            public String name() {
                return "rebuild.plan";
            }

            @Override
            public java.util.Optional<java.util.Set<String>> parameters() {
                return java.util.Optional.of(java.util.Set.of(
                        "horizonMonths",
                        "budgetUsdPerYear",
                        "timeLimitSeconds",
                        "workers",
                        "seed",
                        "workLimit",
                        "warmStartJob",
                        "equityMinSharePercent"));
            }

            @Override
            public String description() {
                return "The reconstruction programme solved with CP-SAT (params: horizonMonths, budgetUsdPerYear, "
                        + "timeLimitSeconds (default 10), workers, seed, workLimit (deterministic work: the same params give the same "
                        + "plan), warmStartJob (a finished rebuild.plan job with fewer options to start from), equityMinSharePercent "
                        + "(every region at least this share of its own service by the end; default 0: none))";
            }

            @Override
            public Work prepare(JsonNode params) {
                int horizon = params.hasNonNull("horizonMonths")
                        ? EnergyApi.jobInt(params, "horizonMonths", 6, 600)
                        : ProgrammeSettings.DEFAULT_HORIZON_MONTHS;
                double budget =
                        number(params, "budgetUsdPerYear", 1e6, 1e13, ProgrammeSettings.DEFAULT_BUDGET_USD_PER_YEAR);
                double limit =
                        number(params, "timeLimitSeconds", 0.1, MAX_TIME_LIMIT_SECONDS, DEFAULT_TIME_LIMIT_SECONDS);
                int workers = params.hasNonNull("workers") ? EnergyApi.jobInt(params, "workers", 1, 8) : 1;
                int seed = params.hasNonNull("seed") ? EnergyApi.jobInt(params, "seed", 0, Integer.MAX_VALUE) : 0;
                // with a work limit the plan is reproducible (the wall-clock limit is then a safety net)
                double work = number(params, "workLimit", 0.001, 1e6, Double.POSITIVE_INFINITY);
                double equity = number(params, "equityMinSharePercent", 0, 100, 0);
                java.util.Optional<Plan> warm = java.util.Optional.empty();
                if (params.hasNonNull("warmStartJob")) {
                    if (jobsRef == null) {
                        throw new IllegalArgumentException("warmStartJob is not available here");
                    }
                    warm = java.util.Optional.of(
                            plan(jobsRef, params.get("warmStartJob").asText()));
                }
                java.util.Optional<Plan> warmStart = warm;
                Programme prog;
                try {
                    prog = programme(horizon, budget, equity);
                } catch (ModelException e) {
                    throw new IllegalArgumentException(e.getMessage());
                }
                if (prog.packages().isEmpty()) {
                    throw new IllegalArgumentException(
                            "the pack has no damage with a unit cost: no work packages to plan");
                }
                return ctx -> {
                    ctx.checkCancelled();
                    try {
                        return RebuildEngine.plan(
                                prog, new SolveParameters(limit, workers, seed, work), (t, o, bound) -> {}, warmStart);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(e.getMessage());
                    }
                };
            }
        };
    }

    /**
     * The job kind {@code rebuild.logistics} (param period YYYY-MM; optional timeLimitSeconds per working day):
     * the illustrative month's truck routes as {@code crossroads rebuild logistics} plans them, as a summary and
     * the routes' GeoJSON. Needs the pack's folder (its materials table).
     */
    /** The most routing iterations per day a {@code rebuild.logistics} job may ask for (bounds the job's work). */
    static final int MAX_LOGISTICS_ITERATIONS = 100_000;

    public JobKind logisticsJob(java.nio.file.Path packDir) {
        return new JobKind() {
            private volatile JobService jobs;

            @Override
            public void attach(JobService service) {
                this.jobs = service;
            }

            @Override
            public String name() {
                return "rebuild.logistics";
            }

            @Override
            public java.util.Optional<java.util.Set<String>> parameters() {
                return java.util.Optional.of(java.util.Set.of("period", "plan", "timeLimitSeconds", "iterations"));
            }

            @Override
            public String description() {
                return "Truck routes for a month's reconstruction deliveries (params: period YYYY-MM, plan: id of a finished "
                        + "rebuild.plan job or saved run whose work and repair dates to use (default: the latest one in the store; "
                        + "'illustrative' for the illustrative programme), timeLimitSeconds "
                        + "per working day, default 0.2; iterations: stop each day's routing after that many solver iterations "
                        + "instead, the same plan on every run, timeLimitSeconds then an outer limit, default 5); result: "
                        + "summary and geojson";
            }

            @Override
            public Work prepare(JsonNode params) {
                if (!params.hasNonNull("period") || !params.get("period").isTextual()) {
                    throw new IllegalArgumentException("'period' is required: the month to plan, YYYY-MM");
                }
                java.time.YearMonth month;
                try {
                    month = java.time.YearMonth.parse(params.get("period").asText());
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException(
                            "'period' '" + params.get("period").asText() + "' is not a month: use YYYY-MM");
                }
                java.util.Optional<Long> iterations = params.hasNonNull("iterations")
                        ? java.util.Optional.of(
                                (long) EnergyApi.jobInt(params, "iterations", 1, MAX_LOGISTICS_ITERATIONS))
                        : java.util.Optional.empty();
                // with iterations the wall limit is only an outer one: the API's largest unless given
                double limit = number(params, "timeLimitSeconds", 0.05, 5, iterations.isPresent() ? 5 : 0.2);
                dev.crossroads.rebuild.vrp.VrpBudget budget =
                        dev.crossroads.app.service.LogisticsProblems.budget(limit, iterations);
                if (pack.roads().nodes().isEmpty()) {
                    throw new IllegalArgumentException("the pack has no road network (roads/nodes.csv)");
                }
                dev.crossroads.rebuild.logistics.LogisticsProblem problem;
                String planJob = params.hasNonNull("plan") ? params.get("plan").asText() : "";
                // as 'rebuild logistics' without --plan: the latest finished programme in the store, if any
                if (planJob.isBlank() && jobs != null) {
                    planJob = latestPlan(jobs).orElse("");
                }
                if (planJob.equals("illustrative")) {
                    planJob = "";
                }
                String programmeRun = planJob;
                try {
                    if (!planJob.isBlank()) {
                        if (jobs == null) {
                            throw new IllegalArgumentException("'plan' needs the server's job service");
                        }
                        problem = dev.crossroads.app.service.LogisticsProblems.problemFromProgramme(
                                pack,
                                packDir,
                                month,
                                plan(jobs, planJob),
                                "job " + planJob,
                                java.util.Optional.empty(),
                                "portfolio",
                                budget);
                    } else {
                        problem = dev.crossroads.app.service.LogisticsProblems.problem(
                                pack,
                                packDir,
                                month,
                                java.util.Optional.empty(),
                                java.util.Optional.empty(),
                                java.util.Optional.empty(),
                                "portfolio",
                                budget);
                    }
                } catch (ServiceException | dev.crossroads.rebuild.logistics.LogisticsInputException e) {
                    throw new IllegalArgumentException(e.getMessage());
                }
                return ctx -> {
                    ctx.checkCancelled();
                    var plan = dev.crossroads.rebuild.logistics.LogisticsPlanner.plan(problem);
                    java.util.Map<String, Object> summary = new java.util.LinkedHashMap<>();
                    summary.put("period", plan.period().toString());
                    summary.put("schedule", plan.schedule());
                    summary.put("programme", programmeRun.isBlank() ? "illustrative" : programmeRun);
                    summary.put("solver", plan.solver());
                    summary.put("workingDays", plan.workingDays());
                    summary.put("routes", plan.routes().size());
                    summary.put("tonnesDemanded", plan.tonnesDemanded());
                    summary.put("tonnesDelivered", plan.tonnesDelivered());
                    summary.put("distanceKm", plan.distanceKm());
                    summary.put("unmetDeliveries", plan.unmet().size());
                    summary.put("closedSegments", plan.closedSegments().size());
                    summary.put("assumptions", plan.assumptions());
                    summary.put("solveMillis", plan.solveMillis());
                    java.util.Map<String, Object> result = new java.util.LinkedHashMap<>();
                    result.put("summary", summary);
                    result.put("geojson", dev.crossroads.app.service.LogisticsGeoJson.of(plan, pack.roads()));
                    return result;
                };
            }
        };
    }

    /** The newest finished rebuild.plan job or saved programme run (the store keeps both as rebuild.plan runs). */
    static java.util.Optional<String> latestPlan(JobService jobs) {
        for (int offset = 0; offset < 10_000; offset += 200) {
            java.util.List<JobView> page = jobs.list(200, offset);
            for (JobView v : page) {
                if (v.kind().equals("rebuild.plan") && v.status().equals("done")) {
                    return java.util.Optional.of(v.id());
                }
            }
            if (page.size() < 200) {
                break;
            }
        }
        return java.util.Optional.empty();
    }

    static double number(JsonNode params, String name, double min, double max, double dflt) {
        if (!params.hasNonNull(name)) {
            return dflt;
        }
        JsonNode n = params.get(name);
        if (!n.isNumber()) {
            throw new IllegalArgumentException("'" + name + "' must be a number, got " + n);
        }
        double v = n.asDouble();
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException("'" + name + "' must be between " + min + " and " + max + ", got " + v);
        }
        return v;
    }
}
