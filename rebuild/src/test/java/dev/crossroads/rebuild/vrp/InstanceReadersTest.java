package dev.crossroads.rebuild.vrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InstanceReadersTest {
    static final String TSPLIB = """
            NAME : T-n4-k2
            COMMENT : hand-written fixture
            TYPE : CVRP
            DIMENSION : 4
            EDGE_WEIGHT_TYPE : EUC_2D
            CAPACITY : 10
            NODE_COORD_SECTION
             1 0 0
             2 3 4
             3 0 1
             4 1 1
            DEMAND_SECTION
            1 0
            2 6
            3 5
            4 4
            DEPOT_SECTION
             1
             -1
            EOF
            """;

    @Test
    void tsplibDistancesAreRoundedToTheNearestInteger() {
        VrpProblem p = CvrplibReader.parse("T-n4-k2", TSPLIB);
        assertThat(p.jobs()).hasSize(3);
        assertThat(p.jobs()).extracting(VrpJob::demand).containsExactly(6, 5, 4);
        assertThat(p.distance()[0][1]).isEqualTo(5.0);
        assertThat(p.distance()[0][3]).isEqualTo(1.0); // sqrt(2) = 1.414 -> 1
        assertThat(p.distance()[1][2]).isEqualTo(4.0); // (3,4)-(0,1): sqrt(18) = 4.24 -> 4
        assertThat(p.unlimitedFleet()).isTrue();
        assertThat(p.vehicles()).allSatisfy(v -> assertThat(v.capacity()).isEqualTo(10));
    }

    @Test
    void solomonKeepsRealDistancesWindowsAndServiceTimes() {
        String text = """
                R-tiny

                VEHICLE
                NUMBER     CAPACITY
                  2         50

                CUSTOMER
                CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME

                    0      0         0          0          0       100          0
                    1      1         1         10         5         20         3
                    2      3         4         20         0         50         3
                """;
        VrpProblem p = SolomonReader.parse("R-tiny", text);
        assertThat(p.vehicles()).hasSize(2);
        assertThat(p.vehicles().get(0).latestEnd()).isEqualTo(100.0);
        assertThat(p.distance()[0][1]).isEqualTo(Math.sqrt(2));
        assertThat(p.jobs().get(0)).isEqualTo(new VrpJob("1", 1, 10, 5, 20, 3));
        assertThat(p.timed()).isTrue();
        assertThat(p.unlimitedFleet()).isFalse();
    }

    @Test
    void aBrokenFileNamesTheLine() {
        assertThatThrownBy(() -> CvrplibReader.parse("bad", TSPLIB.replace(" 3 0 1", " 3 x 1")))
                .isInstanceOf(VrpFormatException.class)
                .hasMessage("bad:10: 'x' is not a number");
    }

    /** Issue 14: each of these ended in an OutOfMemoryError or an internal error (exit 3), or was accepted. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "two billion nodes|DIMENSION : 4|DIMENSION : 2000000000|bad:4: DIMENSION 2000000000 is above the node limit: the limit is 5,000; set -Dcrossroads.limit.vrpNodes=N (in JAVA_OPTS) to change it",
                "negative dimension|DIMENSION : 4|DIMENSION : -5|bad:4: DIMENSION -5 must be at least 2",
                "short coordinate line| 2 3 4| 2 3|bad:9: expected 3 fields (node x y), got 2",
                "NaN coordinate| 2 3 4| 2 NaN 4|bad:9: 'NaN' is not a finite coordinate",
                "demand above capacity|3 5|3 11|bad: node 3 demands 11, more than the vehicle capacity 10",
                "negative demand|3 5|3 -5|bad:15: demand -5 of node 3 is negative",
                "depot outside|DEPOT_SECTION\\n 1|DEPOT_SECTION\\n 9|bad:18: depot 9 outside 1..4",
                "truncated|4 1 1\\nDEMAND_SECTION|4 1|bad:11: expected 3 fields"
            })
    void cvrplibRefusesWhatOnceCrashed(String what, String from, String to, String message) {
        String f = from.replace("\\n", "\n");
        String t = to.replace("\\n", "\n");
        assertThat(TSPLIB).contains(f);
        String bad = t.equals("4 1") ? TSPLIB.substring(0, TSPLIB.indexOf(f)) + t : TSPLIB.replace(f, t);
        assertThatThrownBy(() -> CvrplibReader.parse("bad", bad))
                .isInstanceOf(VrpFormatException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void cvrplibAHugeMinimumFleetInTheNameIsCappedAtTheCustomers() {
        VrpProblem p = CvrplibReader.parse("T-n4-k999999999", TSPLIB);
        assertThat(p.vehicles().size()).isLessThanOrEqualTo(5);
    }

    static final String SOLOMON = """
            R-tiny

            VEHICLE
            NUMBER     CAPACITY
              2         50

            CUSTOMER
            CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME

                0      0         0          0          0       100          0
                1      1         1         10         5         20         3
                2      3         4         20         0         50         3
            """;

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "two billion vehicles|  2         50|  2000000000         50|R-tiny:5: vehicles 2000000000 and capacity 50 must be positive",
                "vehicle line short|  2         50|  2|R-tiny:5: expected the number of vehicles and their capacity",
                "NaN coordinate|    1      1         1 |    1      NaN       1 |R-tiny:11: x 'NaN' must be a finite number",
                "negative demand|         10         5|        -10         5|R-tiny:11: demand '-10' must be a finite number within ±1e9, not negative",
                "demand above capacity|         20         0|         60         0|R-tiny:12: customer 2 demands 60, more than the vehicle capacity 50",
                "garbage row|    2      3         4 |    x      3         4 |R-tiny:12: not a number"
            })
    void solomonRefusesWhatOnceCrashed(String what, String from, String to, String message) {
        assertThat(SOLOMON).contains(from);
        assertThatThrownBy(() -> SolomonReader.parse("R-tiny", SOLOMON.replace(from, to)))
                .isInstanceOf(VrpFormatException.class)
                .hasMessageStartingWith(message);
    }
}
