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
                .isInstanceOf(VrpFormatException.class).hasMessage("bad:10: 'x' is not a number");
    }
}
