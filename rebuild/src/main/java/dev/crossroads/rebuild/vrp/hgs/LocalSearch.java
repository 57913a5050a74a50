package dev.crossroads.rebuild.vrp.hgs;

import java.util.SplittableRandom;

/**
 * The education of HGS (Vidal 2022, section 3): a first-improvement local search over granular neighbourhoods
 * (each customer u against its neighbours v) with relocate of one or two customers (also reversed), swap of
 * 1-1, 2-1, 2-2 customers, 2-opt within a route, 2-opt* between routes (both reconnections), then SWAP* between
 * pairs of routes that have neighbouring customers (the published method filters pairs by polar sectors,
 * which need coordinates; we have only a matrix, so a pair qualifies when a customer of one is a granular
 * neighbour of a customer of the other). Loads above capacity cost {@code penalty} per unit. Moves on routes
 * unchanged since a customer or route pair was last tested are skipped.
 *
 * <p>Nodes: customers 1..n, route r's start depot n+1+r, its end depot n+1+K+r; each route is a circular list
 * (end depot's next is the start depot). Arrays, no objects per node.
 */
final class LocalSearch {
    private static final double EPS = 1e-5;
    private final Instance in;
    private final int n;
    private final int fleet;
    private final SplittableRandom random;
    private final int[] next;
    private final int[] prev;
    private final int[] route;
    private final int[] position;
    private final int[] cumLoad;
    private final double[] cumDist;
    private final double[] cumRev;
    private final int[] routeLoad;
    private final double[] routeRev;
    private final double[] routePenalty;
    private final int[] routeSize;
    private final long[] routeModified;
    private final long[] routeTestedSwapStar;
    private final long[] customerTested;
    private final int[] order;
    private final int[] routeOrder;
    private final int[][] neighbours;
    private final int[] bufA;
    private final int[] bufB;
    private final int[] routeStamp;
    private int stamp;
    // SWAP* preprocessing: each customer's three cheapest insertions into the other route
    private final double[][] insertCost;
    private final int[][] insertAfter;
    /** {@code moves} when customer c's insertions into route r were computed ([r * (n + 1) + c]); -1: never. */
    private final long[] insertComputed;
    /** Route adjacency for SWAP*: how many of each customer's nearest are looked at. */
    private static final int SWAP_STAR_NEAREST = 10;

    private final double[] removalDelta;
    private double penalty;
    private long moves;
    private boolean searchCompleted;
    private int u, x, uPrev, xNext, rU, v, y, vPrev, yNext, rV;
    private int loadU, loadX, loadV, loadY;

    LocalSearch(Instance in, SplittableRandom random) {
        this.in = in;
        this.n = in.n;
        this.fleet = in.fleet;
        this.random = random;
        int nodes = n + 1 + 2 * fleet;
        next = new int[nodes];
        prev = new int[nodes];
        route = new int[nodes];
        position = new int[nodes];
        cumLoad = new int[nodes];
        cumDist = new double[nodes];
        cumRev = new double[nodes];
        routeLoad = new int[fleet];
        routeRev = new double[fleet];
        routePenalty = new double[fleet];
        routeSize = new int[fleet];
        routeModified = new long[fleet];
        routeTestedSwapStar = new long[fleet];
        customerTested = new long[n + 1];
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i + 1;
        }
        routeOrder = new int[fleet];
        for (int r = 0; r < fleet; r++) {
            routeOrder[r] = r;
        }
        neighbours = new int[n + 1][];
        for (int i = 1; i <= n; i++) {
            neighbours[i] = in.neighbours[i].clone();
        }
        bufA = new int[n];
        bufB = new int[n];
        routeStamp = new int[fleet];
        insertCost = new double[fleet * (n + 1)][3];
        insertAfter = new int[fleet * (n + 1)][3];
        insertComputed = new long[fleet * (n + 1)];
        removalDelta = new double[n + 1];
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

    private int demand(int node) {
        return node > n ? 0 : in.demand[node];
    }

    private double pen(long load) {
        return load > in.capacity ? penalty * (load - in.capacity) : 0;
    }

    /** Improves {@code ind} in place with capacity penalty {@code penaltyCapacity}, then re-evaluates it. */
    void run(Individual ind, double penaltyCapacity) {
        this.penalty = penaltyCapacity;
        load(ind);
        shuffle(order);
        shuffle(routeOrder);
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
                                || relocatePair()
                                || relocatePairReversed()
                                || (u <= v && swap())
                                || swapPairSingle()
                                || (u <= v && swapPairs())
                                || (intra && twoOpt())
                                || (!intra && twoOptStarReversed())
                                || (!intra && twoOptStar())) {
                            continue;
                        }
                        if (depot(prev[vv])) {
                            // u directly after the start depot of v's route
                            v = prev[vv];
                            setV();
                            intra = rU == rV;
                            if (relocate()
                                    || relocatePair()
                                    || relocatePairReversed()
                                    || (!intra && twoOptStarReversed())
                                    || (!intra && twoOptStar())) {
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
                        if (relocate() || relocatePair() || relocatePairReversed() || twoOptStar()) {
                            continue;
                        }
                    }
                }
            }
            swapStarPhase(loop);
        }
        store(ind);
        ind.evaluate(in, penaltyCapacity);
    }

    private void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
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
        xNext = next[x];
        loadU = demand(u);
        loadX = demand(x);
    }

    private void setV() {
        rV = route[v];
        y = next[v];
        vPrev = prev[v];
        yNext = next[y];
        loadV = demand(v);
        loadY = demand(y);
    }

    // ---- moves between u (and x = u's successor) and v (and y = v's successor) -----------------------------

    /** Accepts a move whose distance change is dU + dV and whose routes' loads change by {@code shift}. */
    private boolean gain(double dU, double dV, int shift) {
        if (rU != rV) {
            if (dU + dV >= routePenalty[rU] + routePenalty[rV]) {
                return false;
            }
            dU += pen(routeLoad[rU] - (long) shift) - routePenalty[rU];
            dV += pen(routeLoad[rV] + (long) shift) - routePenalty[rV];
        }
        return dU + dV < -EPS;
    }

    private boolean relocate() {
        if (u == y) {
            return false;
        }
        double dU = d(uPrev, x) - d(uPrev, u) - d(u, x);
        double dV = d(v, u) + d(u, y) - d(v, y);
        if (!gain(dU, dV, loadU)) {
            return false;
        }
        insertAfter(u, v);
        applied();
        return true;
    }

    private boolean relocatePair() {
        if (u == y || v == x || depot(x)) {
            return false;
        }
        double dU = d(uPrev, xNext) - d(uPrev, u) - d(x, xNext);
        double dV = d(v, u) + d(x, y) - d(v, y);
        if (!gain(dU, dV, loadU + loadX)) {
            return false;
        }
        insertAfter(u, v);
        insertAfter(x, u);
        applied();
        return true;
    }

    private boolean relocatePairReversed() {
        if (u == y || x == v || depot(x)) {
            return false;
        }
        double dU = d(uPrev, xNext) - d(uPrev, u) - d(u, x) - d(x, xNext);
        double dV = d(v, x) + d(x, u) + d(u, y) - d(v, y);
        if (!gain(dU, dV, loadU + loadX)) {
            return false;
        }
        insertAfter(x, v);
        insertAfter(u, x);
        applied();
        return true;
    }

    private boolean swap() {
        if (u == vPrev || u == y) {
            return false;
        }
        double dU = d(uPrev, v) + d(v, x) - d(uPrev, u) - d(u, x);
        double dV = d(vPrev, u) + d(u, y) - d(vPrev, v) - d(v, y);
        if (!gain(dU, dV, loadU - loadV)) {
            return false;
        }
        swapNodes(u, v);
        applied();
        return true;
    }

    private boolean swapPairSingle() {
        if (u == vPrev || x == vPrev || u == y || depot(x)) {
            return false;
        }
        double dU = d(uPrev, v) + d(v, xNext) - d(uPrev, u) - d(x, xNext);
        double dV = d(vPrev, u) + d(x, y) - d(vPrev, v) - d(v, y);
        if (!gain(dU, dV, loadU + loadX - loadV)) {
            return false;
        }
        swapNodes(u, v);
        insertAfter(x, u);
        applied();
        return true;
    }

    private boolean swapPairs() {
        if (depot(x) || depot(y) || y == uPrev || u == y || x == v || v == xNext) {
            return false;
        }
        double dU = d(uPrev, v) + d(y, xNext) - d(uPrev, u) - d(x, xNext);
        double dV = d(vPrev, u) + d(x, yNext) - d(vPrev, v) - d(y, yNext);
        if (!gain(dU, dV, loadU + loadX - loadV - loadY)) {
            return false;
        }
        swapNodes(u, v);
        swapNodes(x, y);
        applied();
        return true;
    }

    /** 2-opt in one route: (u,x),(v,y) become (u,v),(x,y), the path x..v reversed. */
    private boolean twoOpt() {
        if (position[u] > position[v] || x == v) {
            return false;
        }
        double cost = d(u, v) + d(x, y) - d(u, x) - d(v, y) + cumRev[v] - cumRev[x];
        if (cost > -EPS) {
            return false;
        }
        int node = next[x];
        prev[x] = node;
        next[x] = y;
        while (node != v) {
            int t = next[node];
            next[node] = prev[node];
            prev[node] = t;
            node = t;
        }
        next[v] = prev[v];
        prev[v] = u;
        next[u] = v;
        prev[y] = x;
        applied();
        return true;
    }

    /** 2-opt* with reversal: route U becomes start..u + reversed(start..v), route V reversed(x..end) + y..end. */
    private boolean twoOptStarReversed() {
        double cost = d(u, v)
                + d(x, y)
                - d(u, x)
                - d(v, y)
                + cumRev[v]
                + routeRev[rU]
                - cumRev[x]
                - routePenalty[rU]
                - routePenalty[rV];
        if (cost >= 0) {
            return false;
        }
        cost += pen((long) cumLoad[u] + cumLoad[v])
                + pen((long) routeLoad[rU] + routeLoad[rV] - cumLoad[u] - cumLoad[v]);
        if (cost > -EPS) {
            return false;
        }
        int a = 0;
        for (int c = next[start(rU)]; c != x; c = next[c]) {
            bufA[a++] = c;
        }
        for (int c = v; !depot(c); c = prev[c]) {
            bufA[a++] = c;
        }
        int b = 0;
        for (int c = prev[end(rU)]; !depot(c) && c != u; c = prev[c]) {
            bufB[b++] = c;
        }
        for (int c = y; !depot(c); c = next[c]) {
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

    /** 2-opt*: (u,x),(v,y) become (u,y),(v,x): the routes exchange their tails. */
    private boolean twoOptStar() {
        double cost = d(u, y) + d(v, x) - d(u, x) - d(v, y) - routePenalty[rU] - routePenalty[rV];
        if (cost >= 0) {
            return false;
        }
        cost += pen((long) cumLoad[u] + routeLoad[rV] - cumLoad[v])
                + pen((long) cumLoad[v] + routeLoad[rU] - cumLoad[u]);
        if (cost > -EPS) {
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

    // ---- SWAP* (Vidal 2022, section 4) ---------------------------------------------------------------------

    private void swapStarPhase(int loop) {
        for (int i = 0; i < fleet; i++) {
            int r1 = routeOrder[i];
            long lastTested = routeTestedSwapStar[r1];
            routeTestedSwapStar[r1] = moves;
            if (routeSize[r1] == 0) {
                continue;
            }
            // routes holding a granular neighbour of one of r1's customers
            stamp++;
            for (int c = next[start(r1)]; !depot(c); c = next[c]) {
                int[] near = in.nearest[c];
                for (int q = 0, m = Math.min(SWAP_STAR_NEAREST, near.length); q < m; q++) {
                    routeStamp[route[near[q]]] = stamp;
                }
            }
            int mark = stamp;
            for (int j = 0; j < fleet; j++) {
                int r2 = routeOrder[j];
                if (r2 > r1
                        && routeStamp[r2] == mark
                        && routeSize[r1] > 0
                        && routeSize[r2] > 0
                        && (loop == 0 || Math.max(routeModified[r1], routeModified[r2]) > lastTested)) {
                    swapStar(r1, r2);
                }
            }
        }
    }

    private void preprocessInsertions(int from, int into) {
        for (int c = next[start(from)]; !depot(c); c = next[c]) {
            removalDelta[c] = d(prev[c], next[c]) - d(prev[c], c) - d(c, next[c]);
            int slot = into * (n + 1) + c;
            if (insertComputed[slot] >= routeModified[into]) {
                continue; // the target route has not changed since
            }
            insertComputed[slot] = moves;
            double[] cost = insertCost[slot];
            int[] after = insertAfter[slot];
            cost[0] = cost[1] = cost[2] = Double.MAX_VALUE;
            after[0] = after[1] = after[2] = -1;
            boolean sym = in.symmetric;
            double toPrev = d(c, start(into));
            for (int p = start(into); ; p = next[p]) {
                int q = next[p];
                // symmetric: both lookups in row c (cache-friendly); the arc p-q from the cumulated distances
                double toNext = d(c, q);
                double delta = sym ? toPrev + toNext - (cumDist[q] - cumDist[p]) : d(p, c) + d(c, q) - d(p, q);
                toPrev = toNext;
                if (delta < cost[2]) {
                    if (delta < cost[1]) {
                        cost[2] = cost[1];
                        after[2] = after[1];
                        if (delta < cost[0]) {
                            cost[1] = cost[0];
                            after[1] = after[0];
                            cost[0] = delta;
                            after[0] = p;
                        } else {
                            cost[1] = delta;
                            after[1] = p;
                        }
                    } else {
                        cost[2] = delta;
                        after[2] = p;
                    }
                }
                if (depot(q)) {
                    break;
                }
            }
        }
    }

    private int bestAfter;

    /** Cheapest insertion of c into the route of {@code out} when {@code out} leaves it; sets bestAfter. */
    private double insertWithout(int c, int out) {
        double best = Double.MAX_VALUE;
        bestAfter = -1;
        int slot = route[out] * (n + 1) + c;
        for (int i = 0; i < 3; i++) {
            int p = insertAfter[slot][i];
            if (p >= 0 && p != out && next[p] != out) {
                best = insertCost[slot][i];
                bestAfter = p;
                break;
            }
        }
        int po = prev[out];
        int no = next[out];
        double inPlace = in.symmetric
                ? d(c, po) + d(c, no) - (removalDelta[out] + cumDist[no] - cumDist[po])
                : d(po, c) + d(c, no) - d(po, no);
        if (bestAfter < 0 || inPlace < best) {
            best = inPlace;
            bestAfter = prev[out];
        }
        return best;
    }

    private void swapStar(int r1, int r2) {
        preprocessInsertions(r1, r2);
        preprocessInsertions(r2, r1);
        double bestCost = Double.MAX_VALUE;
        int bestU = -1;
        int bestV = -1;
        int afterU = -1;
        int afterV = -1;
        for (int a = next[start(r1)]; !depot(a); a = next[a]) {
            int la = in.demand[a];
            for (int b = next[start(r2)]; !depot(b); b = next[b]) {
                int lb = in.demand[b];
                double pen1 = pen((long) routeLoad[r1] + lb - la) - routePenalty[r1];
                double pen2 = pen((long) routeLoad[r2] + la - lb) - routePenalty[r2];
                if (pen1 + removalDelta[a] + pen2 + removalDelta[b] <= 0) {
                    double cost = pen1 + removalDelta[a] + pen2 + removalDelta[b];
                    cost += insertWithout(a, b);
                    int pa = bestAfter;
                    cost += insertWithout(b, a);
                    int pb = bestAfter;
                    if (cost < bestCost) {
                        bestCost = cost;
                        bestU = a;
                        bestV = b;
                        afterU = pa;
                        afterV = pb;
                    }
                }
            }
        }
        // relocations of one customer come free with the preprocessing
        for (int a = next[start(r1)]; !depot(a); a = next[a]) {
            int slot = r2 * (n + 1) + a;
            double cost = removalDelta[a]
                    + insertCost[slot][0]
                    + pen((long) routeLoad[r1] - in.demand[a])
                    - routePenalty[r1]
                    + pen((long) routeLoad[r2] + in.demand[a])
                    - routePenalty[r2];
            if (cost < bestCost) {
                bestCost = cost;
                bestU = a;
                bestV = -1;
                afterU = insertAfter[slot][0];
                afterV = -1;
            }
        }
        for (int b = next[start(r2)]; !depot(b); b = next[b]) {
            int slot = r1 * (n + 1) + b;
            double cost = removalDelta[b]
                    + insertCost[slot][0]
                    + pen((long) routeLoad[r2] - in.demand[b])
                    - routePenalty[r2]
                    + pen((long) routeLoad[r1] + in.demand[b])
                    - routePenalty[r1];
            if (cost < bestCost) {
                bestCost = cost;
                bestU = -1;
                bestV = b;
                afterU = -1;
                afterV = insertAfter[slot][0];
            }
        }
        if (bestCost > -EPS) {
            return;
        }
        if (bestU >= 0) {
            insertAfter(bestU, afterU);
        }
        if (bestV >= 0) {
            insertAfter(bestV, afterV);
        }
        moves++;
        searchCompleted = false;
        refresh(r1);
        refresh(r2);
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

    /** Recomputes positions and the cumulated load, distance and reversal cost along route r. */
    private void refresh(int r) {
        int at = start(r);
        int pos = 0;
        int load = 0;
        double dist = 0;
        double rev = 0;
        cumLoad[at] = 0;
        cumDist[at] = 0;
        cumRev[at] = 0;
        position[at] = 0;
        route[at] = r;
        while (at != end(r)) {
            int nx = next[at];
            pos++;
            load += demand(nx);
            double arc = d(at, nx);
            dist += arc;
            if (!in.symmetric) {
                rev += d(nx, at) - arc;
            }
            position[nx] = pos;
            cumLoad[nx] = load;
            cumDist[nx] = dist;
            cumRev[nx] = rev;
            route[nx] = r;
            at = nx;
        }
        routeLoad[r] = load;
        routeRev[r] = rev;
        routeSize[r] = pos - 1;
        routePenalty[r] = pen(load);
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
            routeTestedSwapStar[r] = -1;
        }
        java.util.Arrays.fill(customerTested, -1);
        java.util.Arrays.fill(insertComputed, -1);
    }

    /**
     * Writes the routes back: non-empty routes chained so that each next route starts near where the previous
     * ended (the giant tour keeps neighbouring routes together for the crossover), empty routes last.
     */
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
