package dev.crossroads.app.web;

import dev.crossroads.app.web.jobs.JobKind;
import dev.crossroads.core.pack.RegionPack;
import java.util.List;

/**
 * The job kinds {@code crossroads serve} offers. Each engine adds its kinds here (one line each) when its
 * API lands, e.g. {@code new EnergyAllocateJob(pack)}.
 */
public final class JobKinds {
    private JobKinds() {
    }

    public static List<JobKind> forPack(RegionPack pack) {
        return List.of(new EnergyApi(pack).nMinus1Job(), new RebuildApi(pack).planJob());
    }
}
