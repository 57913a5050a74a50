package dev.crossroads.rebuild.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FleetAndScheduleFilesTest {
    @Test
    void fleetFileExpandsCountsAndChecksHomesAndHours() {
        Fleet f = Fleet.parse(
                "fleet.csv",
                "id,home,capacity_tonnes,count,shift_start,shift_end\n"
                        + "port-truck,port,25,3,05:00,21:00\nheavy,port,40,1,06:30,18:00\n",
                Fixtures.river(true));
        assertThat(f.trucks())
                .extracting(Truck::id)
                .containsExactly("port-truck-1", "port-truck-2", "port-truck-3", "heavy");
        assertThat(f.trucks().get(3).shiftStartMinute()).isEqualTo(390);
        assertThatThrownBy(() -> Fleet.parse(
                        "fleet.csv",
                        "id,home,capacity_tonnes,count,shift_start,shift_end\n"
                                + "x,nowhere,25,1,05:00,21:00\ny,port,25,1,21:00,05:00\n",
                        Fixtures.river(true)))
                .hasMessageContaining("fleet.csv:2:2: unknown road node 'nowhere'")
                .hasMessageContaining("fleet.csv:3:6: shift_end must be after shift_start");
    }

    @Test
    void scheduleFilesInCsvAndJsonAgree() {
        var net = Fixtures.river(true);
        RepairSchedule csv =
                RepairSchedule.parseCsv("s.csv", "segment,asset_class,region,reopens\nbridge,,,2026-06\n", net);
        RepairSchedule json = RepairSchedule.parseJson("s.json", "{\"segments\": {\"bridge\": \"2026-06\"}}", net);
        RepairSchedule byClass = RepairSchedule.parseJson(
                "s.json",
                "{\"assetClasses\": [{\"assetClass\": \"bridges\", \"region\": \"XX-A\", \"reopens\": \"2026-06\"}]}",
                net);
        var bridge = net.segments().get(0);
        for (RepairSchedule s : new RepairSchedule[] {csv, json, byClass}) {
            assertThat(s.reopens(bridge, net)).contains(YearMonth.of(2026, 6));
        }
        assertThatThrownBy(() -> RepairSchedule.parseCsv(
                        "s.csv", "segment,asset_class,region,reopens\nnope,,,2026-13\nbridge,,,June\n", net))
                .hasMessageContaining("s.csv:2:4: '2026-13' is not a month")
                .hasMessageContaining("s.csv:3:4: 'June' is not a month");
    }

    @Test
    void aBrokenJsonScheduleNamesItsLineAndAWrongShapeSaysWhatIsExpected() {
        var net = Fixtures.river(true);
        assertThatThrownBy(() -> RepairSchedule.parse("s.json", "{\n  \"segments\": {\"bridge\": }\n}", net))
                .isInstanceOf(LogisticsInputException.class)
                .hasMessageContaining("s.json:2:")
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> RepairSchedule.parse("s.json", "[1, 2]", net))
                .hasMessageContaining("s.json: expected a JSON object with \"segments\" and/or \"assetClasses\"");
        assertThatThrownBy(() -> RepairSchedule.parse(
                        "s.json",
                        "{\"segments\": {\"bridge\": 2026}, \"assetClasses\": [{\"assetClass\": \"x\"}]}",
                        net))
                .hasMessageContaining("segments.bridge: '2026' is not a month (YYYY-MM)")
                .hasMessageContaining(
                        "assetClasses: each entry needs assetClass and reopens (YYYY-MM), got {\"assetClass\":\"x\"}");
    }

    @Test
    void theIllustrativeScheduleReopensRoadsBeforeBridges() {
        var net = Fixtures.river(true);
        RepairSchedule s = RepairSchedule.illustrative(net, YearMonth.of(2026, 1));
        assertThat(s.reopens(net.segments().get(0), net)).contains(YearMonth.of(2026, 9));
        assertThat(s.reopens(net.segments().get(1), net)).isEmpty();
    }
}
