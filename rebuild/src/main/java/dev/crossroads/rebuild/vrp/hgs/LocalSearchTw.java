package dev.crossroads.rebuild.vrp.hgs;

import java.util.SplittableRandom;

/**
 * The education of HGS for time windows (Vidal, Crainic, Gendreau, Prins 2013): the moves of {@link LocalSearch}
 * (relocate of one or two customers, also reversed; swap 1-1, 2-1, 2-2; 2-opt within a route; 2-opt* between
 * routes) over the granular neighbourhoods, each priced in O(1) (O(route length) for the part of a route a
 * move reverses or shifts within itself) by joining the stored prefix and suffix summaries of the routes:
 * distance, load and {@link TimeSegment} (duration, time warp, earliest and latest start). A route costs its
 * distance plus {@code penaltyLoad} per unit above the capacity plus {@code penaltyTimeWarp} per unit of time
 * warp. A move is first screened on its distance change alone, which bounds its gain.
 *
 * <p>Nodes as in {@link LocalSearch}: customers 1..n, route r's start depot n+1+r, its end depot n+1+K+r.
 */
final class LocalSearchTw {
    private static final double EPS = 1e-5;
    private final Instance in;
    private final int n;
    private final int fleet;
    private final SplittableRandom random;
    private final int[] next;
    private final int[] prev;
    private final int[] route;
    private final int[] position;
    // summaries from the start depot up to the node (prefix) and from the node to the end depot (suffix)
    private final double[] preDist;
    private final long[] preLoad;
    private final double[] preDur;
    private final double[] preTw;
    private final double[] preEarly;
    private final double[] preLate;
    private final double[] sufDist;
    private final long[] sufLoad;
    private final double[] sufDur;
    private final double[] sufTw;
    private final double[] sufEarly;
    private final double[] sufLate;
    private final double[] routeCost;
    private final double[] routeDist;
    private final int[] routeSize;
    private final long[] routeModified;
    private final long[] customerTested;
    private final int[] order;
    private final int[][] neighbours;
    private final int[] bufA;
    private final int[] bufB;
    private final TimeSegment acc = new TimeSegment();
    private final TimeSegment tmp = new TimeSegment();
    private double accDist;
    private long accLoad;
    private int accLast;
    private double penaltyLoad;
    private double penaltyTimeWarp;
    private long moves;
    private boolean searchCompleted;
    private int u, x, uPrev, xNext, rU, v, y, vPrev, yNext, rV;

    LocalSearchTw(Instance in, SplittableRandom random) {
        this.in = in;
        this.n = in.n;
        this.fleet = in.fleet;
        this.random = random;
        int nodes = n + 1 + 2 * fleet;
        next = new int[nodes];
        prev = new int[nodes];
        route = new int[nodes];
        position = new int[nodes];
        preDist = new double[nodes];
        preLoad = new long[nodes];
        preDur = new double[nodes];
        preTw = new double[nodes];
        preEarly = new double[nodes];
        preLate = new double[nodes];
        sufDist = new double[nodes];
        sufLoad = new long[nodes];
        sufDur = new double[nodes];
        sufTw = new double[nodes];
        sufEarly = new double[nodes];
        sufLate = new double[nodes];
        routeCost = new double[fleet];
        routeDist = new double[fleet];
        routeSize = new int[fleet];
        routeModified = new long[fleet];
        customerTested = new long[n + 1];
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i + 1;
        }
        neighbours = new int[n + 1][];
        for (int i = 1; i <= n; i++) {
            neighbours[i] = in.neighbours[i].clone();
        }
        bufA = new int[n];
        bufB = new int[n];
    }

    private int start(int r) {
        return n + 1 + r;
    }

    private int end(int r) {
        return n + 1 + fleet + r;
    }

    private boolean depot(int node) {
        return node > n;
    }

    private int loc(int node) {
        return node > n ? 0 : node;
    }

    private double d(int a, int b) {
        return in.d(loc(a), loc(b));
    }

    private double t(int a, int b) {
        return in.t(loc(a), loc(b));
    }

    private int demand(int node) {
        return node > n ? 0 : in.demand[node];
    }

    private double cost(double dist, long load, double timeWarp) {
        return dist + (load > in.capacity ? penaltyLoad * (load - in.capacity) : 0) + penaltyTimeWarp * timeWarp;
    }

    /** The penalty part of route r's cost: what a move on r can save besides distance. */
    private double penaltyOf(int r) {
        return routeCost[r] - routeDist[r];
    }

    // ---- pricing a new route: a prefix, some nodes, a suffix ------------------------------------------------

    private void beginPrefix(int node) {
        acc.duration = preDur[node];
        acc.timeWarp = preTw[node];
        acc.earliest = preEarly[node];
        acc.latest = preLate[node];
        accDist = preDist[node];
        accLoad = preLoad[node];
        accLast = node;
    }

    private void add(int node) {
        int c = loc(node);
        accDist += d(accLast, node);
        accLoad += demand(node);
        acc.append(t(accLast, node), in.service[c], 0, in.ready[c], in.due[c]);
        accLast = node;
    }

    /** Adds the nodes from {@code a} to {@code b} along the route (a before or at b). */
    private void addRange(int a, int b) {
        for (int c = a; ; c = next[c]) {
            add(c);
            if (c == b) {
                return;
            }
        }
    }

    /** Adds the nodes from {@code b} back to {@code a} (a before or at b in the route). */
    private void addReversed(int b, int a) {
        for (int c = b; ; c = prev[c]) {
            add(c);
            if (c == a) {
                return;
            }
        }
    }

    private double endSuffix(int node) {
        accDist += d(accLast, node) + sufDist[node];
        accLoad += sufLoad[node];
        acc.append(t(accLast, node), sufDur[node], sufTw[node], sufEarly[node], sufLate[node]);
        return cost(accDist, accLoad, acc.timeWarp);
    }

    /** True, with the move to be applied, when routes U and V together become cheaper. */
    private boolean improves(double newU, double newV) {
        return newU + newV - routeCost[rU] - routeCost[rV] < -EPS;
    }

    private boolean improves(double newRoute) {
        return newRoute - routeCost[rU] < -EPS;
    }

    /** Screen: a move whose distance change exceeds what it can save in penalties never improves. */
    private boolean hopeless(double distanceDelta) {
        double saving = rU == rV ? penaltyOf(rU) : penaltyOf(rU) + penaltyOf(rV);
        return distanceDelta >= saving - EPS;
    }

    /** Improves {@code ind} in place with the two penalties, then re-evaluates it. */
    void run(Individual ind, double penaltyLoad, double penaltyTimeWarp) {
        this.penaltyLoad = penaltyLoad;
        this.penaltyTimeWarp = penaltyTimeWarp;
        load(ind);
        shuffle(order);
        for (int i = 1; i <= n; i++) {
            if (random.nextInt(Math.max(1, in.neighbours[i].length)) == 0) {
                shuffle(neighbours[i]);
            }
        }
        searchCompleted = false;
        for (int loop = 0; !searchCompleted; loop++) {
            if (loop > 1) {
                searchCompleted = true; // at least two loops: moves into empty routes start at the second
            }
            for (int pu = 0; pu < n; pu++) {
                u = order[pu];
                long lastTestedU = customerTested[u];
                customerTested[u] = moves;
                for (int vv : neighbours[u]) {
                    if (loop == 0 || Math.max(routeModified[route[u]], routeModified[route[vv]]) > lastTestedU) {
                        setU();
                        v = vv;
                        setV();
                        boolean intra = rU == rV;
                        if (relocate()
                                || relocatePair(false)
                                || relocatePair(true)
                                || (u <= v && swap())
                                || swapPairSingle()
                                || (u <= v && swapPairs())
                                || (intra && twoOpt())
                                || (!intra && twoOptStar())) {
                            continue;
                        }
                        if (depot(prev[vv])) {
                            v = prev[vv];
                            setV();
                            intra = rU == rV;
                            if (relocate() || relocatePair(false) || relocatePair(true) || (!intra && twoOptStar())) {
                                continue;
                            }
                        }
                    }
                }
                if (loop > 0) {
                    int empty = firstEmptyRoute();
                    if (empty >= 0) {
                        setU();
                        v = start(empty);
                        setV();
                        if (relocate() || relocatePair(false) || relocatePair(true) || twoOptStar()) {
                            continue;
                        }
                    }
                }
            }
        }
        store(ind);
        ind.evaluate(in, penaltyLoad, penaltyTimeWarp);
    }

    private void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int s = a[i];
            a[i] = a[j];
            a[j] = s;
        }
    }

    private int firstEmptyRoute() {
        for (int r = 0; r < fleet; r++) {
            if (routeSize[r] == 0) {
                return r;
            }
        }
        return -1;
    }

    private void setU() {
        rU = route[u];
        x = next[u];
        uPrev = prev[u];
        xNext = depot(x) ? x : next[x];
    }

    private void setV() {
        rV = route[v];
        y = next[v];
        vPrev = depot(v) ? v : prev[v];
        yNext = depot(y) ? y : next[y];
    }

    // ---- moves between u (and x = u's successor) and v (and y = v's successor) -----------------------------

    /** Relocate u after v. */
    private boolean relocate() {
        if (u == y || u == v) {
            return false;
        }
        double dd = d(uPrev, x) - d(uPrev, u) - d(u, x) + d(v, u) + d(u, y) - d(v, y);
        if (hopeless(dd)) {
            return false;
        }
        if (rU != rV) {
            beginPrefix(uPrev);
            double newU = endSuffix(x);
            beginPrefix(v);
            add(u);
            double newV = endSuffix(y);
            if (!improves(newU, newV)) {
                return false;
            }
        } else {
            if (position[u] < position[v]) {
                beginPrefix(uPrev);
                addRange(x, v);
                add(u);
            } else {
                beginPrefix(v);
                add(u);
                addRange(y, uPrev);
            }
            if (!improves(endSuffix(position[u] < position[v] ? y : x))) {
                return false;
            }
        }
        insertAfter(u, v);
        applied();
        return true;
    }

    /** Relocate u and x after v, as (u, x) or reversed as (x, u). */
    private boolean relocatePair(boolean reversed) {
        if (depot(x) || u == y || v == x || u == v) {
            return false;
        }
        int first = reversed ? x : u;
        int second = reversed ? u : x;
        double dd = d(uPrev, xNext)
                - d(uPrev, u)
                - d(u, x)
                - d(x, xNext)
                + d(v, first)
                + d(first, second)
                + d(second, y)
                - d(v, y);
        if (hopeless(dd)) {
            return false;
        }
        if (rU != rV) {
            beginPrefix(uPrev);
            double newU = endSuffix(xNext);
            beginPrefix(v);
            add(first);
            add(second);
            double newV = endSuffix(y);
            if (!improves(newU, newV)) {
                return false;
            }
        } else {
            boolean forward = position[u] < position[v];
            if (forward) {
                beginPrefix(uPrev);
                addRange(xNext, v);
                add(first);
                add(second);
            } else {
                beginPrefix(v);
                add(first);
                add(second);
                addRange(y, uPrev);
            }
            if (!improves(endSuffix(forward ? y : xNext))) {
                return false;
            }
        }
        insertAfter(first, v);
        insertAfter(second, first);
        applied();
        return true;
    }

    /** Swap u and v. */
    private boolean swap() {
        if (depot(v) || u == v || u == vPrev || u == y) {
            return false;
        }
        double dd = d(uPrev, v) + d(v, x) - d(uPrev, u) - d(u, x) + d(vPrev, u) + d(u, y) - d(vPrev, v) - d(v, y);
        if (hopeless(dd)) {
            return false;
        }
        if (rU != rV) {
            beginPrefix(uPrev);
            add(v);
            double newU = endSuffix(x);
            beginPrefix(vPrev);
            add(u);
            double newV = endSuffix(y);
            if (!improves(newU, newV)) {
                return false;
            }
        } else {
            boolean forward = position[u] < position[v];
            if (forward) {
                beginPrefix(uPrev);
                add(v);
                addRange(x, vPrev);
                add(u);
            } else {
                beginPrefix(vPrev);
                add(u);
                addRange(y, uPrev);
                add(v);
            }
            if (!improves(endSuffix(forward ? y : x))) {
                return false;
            }
        }
        swapNodes(u, v);
        applied();
        return true;
    }

    /** Swap (u, x) and v. */
    private boolean swapPairSingle() {
        if (depot(v) || depot(x) || u == v || x == v || u == vPrev || x == vPrev || u == y) {
            return false;
        }
        double dd =
                d(uPrev, v) + d(v, xNext) - d(uPrev, u) - d(x, xNext) + d(vPrev, u) + d(x, y) - d(vPrev, v) - d(v, y);
        if (hopeless(dd)) {
            return false;
        }
        if (rU != rV) {
            beginPrefix(uPrev);
            add(v);
            double newU = endSuffix(xNext);
            beginPrefix(vPrev);
            add(u);
            add(x);
            double newV = endSuffix(y);
            if (!improves(newU, newV)) {
                return false;
            }
        } else {
            boolean forward = position[u] < position[v];
            if (forward) {
                beginPrefix(uPrev);
                add(v);
                addRange(xNext, vPrev);
                add(u);
                add(x);
            } else {
                beginPrefix(vPrev);
                add(u);
                add(x);
                addRange(y, uPrev);
                add(v);
            }
            if (!improves(endSuffix(forward ? y : xNext))) {
                return false;
            }
        }
        swapNodes(u, v);
        insertAfter(x, u);
        applied();
        return true;
    }

    /** Swap (u, x) and (v, y). */
    private boolean swapPairs() {
        if (depot(v) || depot(x) || depot(y) || u == v || y == uPrev || u == y || x == v || v == xNext) {
            return false;
        }
        double dd = d(uPrev, v)
                + d(y, xNext)
                - d(uPrev, u)
                - d(x, xNext)
                + d(vPrev, u)
                + d(x, yNext)
                - d(vPrev, v)
                - d(y, yNext);
        if (hopeless(dd)) {
            return false;
        }
        if (rU != rV) {
            beginPrefix(uPrev);
            add(v);
            add(y);
            double newU = endSuffix(xNext);
            beginPrefix(vPrev);
            add(u);
            add(x);
            double newV = endSuffix(yNext);
            if (!improves(newU, newV)) {
                return false;
            }
        } else {
            boolean forward = position[u] < position[v];
            if (forward) {
                beginPrefix(uPrev);
                add(v);
                add(y);
                addRange(xNext, vPrev);
                add(u);
                add(x);
            } else {
                beginPrefix(vPrev);
                add(u);
                add(x);
                addRange(yNext, uPrev);
                add(v);
                add(y);
            }
            if (!improves(endSuffix(forward ? yNext : xNext))) {
                return false;
            }
        }
        swapNodes(u, v);
        swapNodes(x, y);
        applied();
        return true;
    }

    /** 2-opt in one route: (u,x),(v,y) become (u,v),(x,y), the path x..v reversed. */
    private boolean twoOpt() {
        if (depot(v) || position[u] > position[v] || x == v || u == v) {
            return false;
        }
        if (in.symmetric && hopeless(d(u, v) + d(x, y) - d(u, x) - d(v, y))) {
            return false;
        }
        beginPrefix(u);
        addReversed(v, x);
        if (!improves(endSuffix(y))) {
            return false;
        }
        int node = next[x];
        prev[x] = node;
        next[x] = y;
        while (node != v) {
            int s = next[node];
            next[node] = prev[node];
            prev[node] = s;
            node = s;
        }
        next[v] = prev[v];
        prev[v] = u;
        next[u] = v;
        prev[y] = x;
        applied();
        return true;
    }

    /** 2-opt*: (u,x),(v,y) become (u,y),(v,x): the routes exchange their tails. */
    private boolean twoOptStar() {
        if (rU == rV) {
            return false;
        }
        double dd = d(u, y) + d(v, x) - d(u, x) - d(v, y);
        if (hopeless(dd)) {
            return false;
        }
        beginPrefix(u);
        double newU = endSuffix(y);
        beginPrefix(v);
        double newV = endSuffix(x);
        if (!improves(newU, newV)) {
            return false;
        }
        int a = 0;
        for (int c = next[start(rU)]; c != x; c = next[c]) {
            bufA[a++] = c;
        }
        for (int c = y; !depot(c); c = next[c]) {
            bufA[a++] = c;
        }
        int b = 0;
        for (int c = next[start(rV)]; c != y; c = next[c]) {
            bufB[b++] = c;
        }
        for (int c = x; !depot(c); c = next[c]) {
            bufB[b++] = c;
        }
        int ru = rU;
        int rv = rV;
        rewrite(ru, bufA, a);
        rewrite(rv, bufB, b);
        moves++;
        searchCompleted = false;
        refresh(ru);
        refresh(rv);
        return true;
    }

    // ---- structure ------------------------------------------------------------------------------------------

    private void applied() {
        moves++;
        searchCompleted = false;
        int ru = rU;
        int rv = rV;
        refresh(ru);
        if (rv != ru) {
            refresh(rv);
        }
    }

    /** Moves node a right after node b (b may be in another route). */
    private void insertAfter(int a, int b) {
        next[prev[a]] = next[a];
        prev[next[a]] = prev[a];
        int c = next[b];
        prev[a] = b;
        next[a] = c;
        prev[c] = a;
        next[b] = a;
        route[a] = route[b];
    }

    private void swapNodes(int a, int b) {
        int pa = prev[a];
        int na = next[a];
        int pb = prev[b];
        int nb = next[b];
        int ra = route[a];
        int rb = route[b];
        next[pa] = b;
        prev[na] = b;
        next[pb] = a;
        prev[nb] = a;
        prev[a] = pb;
        next[a] = nb;
        prev[b] = pa;
        next[b] = na;
        route[a] = rb;
        route[b] = ra;
    }

    private void rewrite(int r, int[] seq, int len) {
        int at = start(r);
        for (int i = 0; i < len; i++) {
            int c = seq[i];
            next[at] = c;
            prev[c] = at;
            route[c] = r;
            at = c;
        }
        next[at] = end(r);
        prev[end(r)] = at;
    }

    /** Recomputes positions and the prefix and suffix summaries along route r, and its cost. */
    private void refresh(int r) {
        int s = start(r);
        int e = end(r);
        preDist[s] = 0;
        preLoad[s] = 0;
        preDur[s] = 0;
        preTw[s] = 0;
        preEarly[s] = in.ready[0];
        preLate[s] = in.due[0];
        position[s] = 0;
        route[s] = r;
        acc.node(0, in.ready[0], in.due[0]);
        int pos = 0;
        int at = s;
        while (at != e) {
            int nx = next[at];
            int c = loc(nx);
            pos++;
            position[nx] = pos;
            route[nx] = r;
            preDist[nx] = preDist[at] + d(at, nx);
            preLoad[nx] = preLoad[at] + demand(nx);
            acc.append(t(at, nx), in.service[c], 0, in.ready[c], in.due[c]);
            preDur[nx] = acc.duration;
            preTw[nx] = acc.timeWarp;
            preEarly[nx] = acc.earliest;
            preLate[nx] = acc.latest;
            at = nx;
        }
        sufDist[e] = 0;
        sufLoad[e] = 0;
        sufDur[e] = 0;
        sufTw[e] = 0;
        sufEarly[e] = in.ready[0];
        sufLate[e] = in.due[0];
        for (int c = prev[e]; ; c = prev[c]) {
            int nx = next[c];
            int lc = loc(c);
            sufDist[c] = d(c, nx) + sufDist[nx];
            sufLoad[c] = demand(c) + sufLoad[nx];
            tmp.node(lc == 0 ? 0 : in.service[lc], in.ready[lc], in.due[lc]);
            tmp.append(t(c, nx), sufDur[nx], sufTw[nx], sufEarly[nx], sufLate[nx]);
            sufDur[c] = tmp.duration;
            sufTw[c] = tmp.timeWarp;
            sufEarly[c] = tmp.earliest;
            sufLate[c] = tmp.latest;
            if (c == s) {
                break;
            }
        }
        routeDist[r] = preDist[e];
        routeSize[r] = pos - 1;
        routeCost[r] = cost(preDist[e], preLoad[e], preTw[e]);
        routeModified[r] = moves;
    }

    private void load(Individual ind) {
        moves = 0;
        for (int r = 0; r < fleet; r++) {
            int s = start(r);
            int e = end(r);
            next[e] = s;
            prev[s] = e;
            route[s] = r;
            route[e] = r;
            int[] seq = ind.routes[r];
            System.arraycopy(seq, 0, bufA, 0, seq.length);
            rewrite(r, bufA, seq.length);
            refresh(r);
        }
        java.util.Arrays.fill(customerTested, -1);
    }

    /** Writes the routes back, each next route starting near where the previous ended; empty routes last. */
    private void store(Individual ind) {
        boolean[] done = new boolean[fleet];
        int out = 0;
        int last = 0;
        while (true) {
            int pick = -1;
            double best = Double.MAX_VALUE;
            for (int r = 0; r < fleet; r++) {
                if (!done[r] && routeSize[r] > 0) {
                    double dd = in.d(last, next[start(r)]);
                    if (dd < best) {
                        best = dd;
                        pick = r;
                    }
                }
            }
            if (pick < 0) {
                break;
            }
            done[pick] = true;
            int[] seq = new int[routeSize[pick]];
            int i = 0;
            for (int c = next[start(pick)]; !depot(c); c = next[c]) {
                seq[i++] = c;
            }
            ind.routes[out++] = seq;
            last = seq[seq.length - 1];
        }
        while (out < fleet) {
            ind.routes[out++] = new int[0];
        }
    }
}
