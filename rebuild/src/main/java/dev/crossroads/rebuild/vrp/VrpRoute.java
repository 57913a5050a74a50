package dev.crossroads.rebuild.vrp;

import java.util.List;

/** One vehicle's tour: the index of the vehicle in the problem and the indices of the jobs it serves, in order. */
public record VrpRoute(int vehicle, List<Integer> jobs) {
    public VrpRoute {
        jobs = List.copyOf(jobs);
        if (vehicle < 0) {
            throw new IllegalArgumentException("negative vehicle index");
        }
    }
}
