package dev.crossroads.rebuild.logistics;

/**
 * The clock of a trip that may last several days: minutes counted from midnight of the day it leaves (1440 and more
 * are the next days). A truck drives only within its working hours, resting overnight wherever it is; a site takes a
 * delivery within its hours, else the next morning. Within one working day this is the same-day model exactly.
 */
final class Shifts {
    static final double DAY = 24 * 60;

    private Shifts() {}

    /** The minute a truck arrives after driving {@code minutes} from {@code at}, driving only from start to end. */
    static double drive(double at, double minutes, int shiftStart, int shiftEnd) {
        double t = at;
        double left = minutes;
        int guard = 0;
        while (left > 1e-9 && guard++ < 10_000) {
            double day = Math.floor(t / DAY) * DAY;
            if (t < day + shiftStart) {
                t = day + shiftStart;
            }
            if (t >= day + shiftEnd - 1e-9) {
                t = day + DAY + shiftStart;
                continue;
            }
            double step = Math.min(left, day + shiftEnd - t);
            t += step;
            left -= step;
        }
        return t;
    }

    /** The minute unloading can start at a site reached at {@code at}: within its hours that day, else next opening. */
    static double open(double at, int siteOpen, int siteClose) {
        double day = Math.floor(at / DAY) * DAY;
        double timeOfDay = at - day;
        if (timeOfDay < siteOpen) {
            return day + siteOpen;
        }
        if (timeOfDay > siteClose + 1e-9) {
            return day + DAY + siteOpen;
        }
        return at;
    }

    /** The calendar days a trip spans that leaves on day 0 and is back at minute {@code back}. */
    static int days(double back) {
        return (int) Math.floor((back - 1e-6) / DAY) + 1;
    }
}
