package dev.crossroads.rebuild.vrp;

/** A delivery to one location: its demand, the window in which service must start, and the service time. */
public record VrpJob(String id, int location, int demand, double readyTime, double dueTime, double serviceTime) {
    /** The due time of a job without a window. */
    public static final double OPEN = Double.MAX_VALUE;

    public VrpJob {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a job needs an id");
        }
        if (location < 0) {
            throw new IllegalArgumentException("job " + id + ": negative location");
        }
        if (demand < 0) {
            throw new IllegalArgumentException("job " + id + ": negative demand " + demand);
        }
        if (readyTime < 0 || dueTime < readyTime || serviceTime < 0) {
            throw new IllegalArgumentException("job " + id + ": window [" + readyTime + ", " + dueTime
                    + "] or service time " + serviceTime + " is invalid");
        }
    }

    public static VrpJob untimed(String id, int location, int demand) {
        return new VrpJob(id, location, demand, 0, OPEN, 0);
    }
}
