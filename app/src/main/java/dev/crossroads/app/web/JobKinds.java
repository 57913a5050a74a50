package dev.crossroads.app.web;

import dev.crossroads.app.web.jobs.JobKind;
import dev.crossroads.core.pack.RegionPack;
import java.util.List;

/**
 * The job kinds {@code crossroads serve} offers. Each engine adds its kinds here (one line each) when its
 * API lands, e.g. {@code new EnergyAllocateJob(pack)}.
 */
public final class JobKinds {
    private JobKinds() {}

    public static List<JobKind> forPack(RegionPack pack) {
        return List.of(new EnergyApi(pack).nMinus1Job(), new RebuildApi(pack).planJob());
    }

    /** With the pack's folder: also {@code rebuild.logistics}, which reads the pack's materials table. */
    public static List<JobKind> forPack(RegionPack pack, java.nio.file.Path packDir) {
        RebuildApi rebuild = new RebuildApi(pack);
        return List.of(new EnergyApi(pack).nMinus1Job(), rebuild.planJob(), rebuild.logisticsJob(packDir));
    }
}
