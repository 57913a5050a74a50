package dev.crossroads.relations.extract;

import static dev.crossroads.relations.extract.ActorStructureTest.sources;
import static dev.crossroads.relations.extract.ActorStructureTest.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.relations.RelationsException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Regions and cities stand for the state they belong to ({@code gazetteer/places.csv}). Sentences written for the test. */
class PlacesTest {
    @Test
    void aRegionOrCityStandsForItsState() {
        assertThat(targets("Syrian troops shelled Idlib on Sunday.")).containsExactly("SYR");
        assertThat(sources("Gunmen in Kandahar killed two policemen.")).containsExactly("AFG");
        assertThat(targets("Ankara eased restrictions on traders in Nakhchivan."))
                .containsExactly("AZE");
        // a territory stands for the state it belongs to under international law (UN resolutions)
        assertThat(targets("Russian jets struck a depot in Crimea.")).containsExactly("UKR");
        assertThat(targets("Israeli troops shelled a village in the Golan Heights."))
                .containsExactly("SYR");
    }

    @Test
    void theLongestNameWinsSoAPartOfOneStateIsNotTheStateItsNameContains() {
        assertThat(targets("The British government banned a militant group in Northern Ireland."))
                .containsExactly("GBR");
        assertThat(sources("Ireland protested to Britain over the fishing quotas."))
                .containsExactly("IRL");
    }

    @Test
    void aStatesOwnNameWinsOverAPlaceOfTheSameName() {
        Gazetteer g = Gazetteer.build(new Nlp(), Optional.empty());
        g.addPlaces(ResourceTable.parse("p.csv", "name,iso3\nJordan,ISR\n", 2), "p.csv");
        assertThat(g.lookup("jordan")).extracting(Gazetteer.Entry::code).contains("JOR");
        assertThat(g.lookup("idlib")).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Gazetteer.Kind.PLACE);
            assertThat(e.code()).isEqualTo("SYR");
        });
    }

    @Test
    void aRowWithAnUnknownCodeOrNoNameNamesTheTableAndLine() {
        Gazetteer g = Gazetteer.build(new Nlp(), Optional.empty());
        assertThatThrownBy(() -> g.addPlaces(ResourceTable.parse("p.csv", "name,iso3\nAtlantis,ATL\n", 2), "p.csv"))
                .isInstanceOf(RelationsException.class)
                .hasMessage(
                        "p.csv:2: 'ATL' is not an ISO 3166 alpha-3 code; write the code of the state Atlantis belongs"
                                + " to");
        assertThatThrownBy(() -> g.addPlaces(ResourceTable.parse("p.csv", "name,iso3\n,SYR\n", 2), "p.csv"))
                .hasMessage("p.csv:2: the place has no name; write it or remove the row");
    }
}
