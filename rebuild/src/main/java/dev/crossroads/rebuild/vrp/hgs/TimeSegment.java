package dev.crossroads.rebuild.vrp.hgs;

/**
 * A route segment's timing summary for the time-warp penalty (Nagata, Bräysy, Dullaert 2010; concatenation as
 * in Vidal, Crainic, Gendreau, Prins 2013, section 4): the least duration, the least time warp, and the earliest
 * and latest start of the segment that reach them. Two segments join in O(1), so a move's new routes are priced
 * from the stored prefix and suffix summaries of the old ones. Mutable, to join without allocation.
 */
final class TimeSegment {
    double duration;
    double timeWarp;
    double earliest;
    double latest;

    /** The segment of one node: its service time and its window. */
    void node(double service, double ready, double due) {
        duration = service;
        timeWarp = 0;
        earliest = ready;
        latest = due;
    }

    void copy(TimeSegment o) {
        duration = o.duration;
        timeWarp = o.timeWarp;
        earliest = o.earliest;
        latest = o.latest;
    }

    /** Appends segment (duration2, timeWarp2, earliest2, latest2), reached after {@code travel}. */
    void append(double travel, double duration2, double timeWarp2, double earliest2, double latest2) {
        double delta = duration - timeWarp + travel;
        double wait = Math.max(earliest2 - delta - latest, 0);
        double warp = Math.max(earliest + delta - latest2, 0);
        duration = duration + duration2 + travel + wait;
        timeWarp = timeWarp + timeWarp2 + warp;
        earliest = Math.max(earliest2 - delta, earliest) - wait;
        latest = Math.min(latest2 - delta, latest) + warp;
    }

    void append(double travel, TimeSegment o) {
        append(travel, o.duration, o.timeWarp, o.earliest, o.latest);
    }
}
