package dev.crossroads.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.relations.imports.ImportFilter;
import dev.crossroads.store.ArticleWithEvents;
import dev.crossroads.store.EventRecord;
import dev.crossroads.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadJobIT {
    @TempDir
    Path tmp;

    @Test
    void loadingAnExtractionStoresWhatIngestStoresAndASecondLoadAddsNothing() throws Exception {
        String sparkDb = "jdbc:sqlite:" + tmp.resolve("spark.db");
        LoadJob.Result first = LoadJob.run(
                LocalSpark.session(), new LoadJob.Options(CorpusRun.output().toString(), sparkDb, 5));
        LoadJob.Result again = LoadJob.run(
                LocalSpark.session(), new LoadJob.Options(CorpusRun.output().toString(), sparkDb, 5));

        String oneDb = "jdbc:sqlite:" + tmp.resolve("one.db");
        List<ArticleWithEvents> batch = new ArrayList<>(
                ExtractJobIT.oneJvm(CorpusRun.CORPUS, CorpusRun.extractor()).values());
        try (Store one = Store.open(oneDb);
                Store spark = Store.open(sparkDb)) {
            one.events().ingest(batch);
            List<EventRecord> expected = one.events().findEvents(Optional.empty(), Optional.empty(), Optional.empty());
            assertThat(expected)
                    .as("background events are loaded as such (the comparison includes main)")
                    .anyMatch(e -> !e.main());
            assertThat(spark.events().findEvents(Optional.empty(), Optional.empty(), Optional.empty()))
                    .isEqualTo(expected);
            assertThat(spark.events().countArticles()).isEqualTo(one.events().countArticles());
        }
        assertThat(first.added()).isEqualTo(CorpusRun.result().articles());
        assertThat(first.events()).isEqualTo(CorpusRun.result().events());
        assertThat(again.added()).isZero();
        assertThat(again.duplicates()).isEqualTo(first.added());
        assertThat(again.events()).isZero();
    }

    @Test
    void loadingAGdeltImportStoresItsEventsOnceInOneTransaction() throws Exception {
        Path file = tmp.resolve("g.CSV");
        Generators.gdelt(file, 500, 9);
        Path out = tmp.resolve("import");
        ImportJob.Result imported = ImportJob.run(
                LocalSpark.session(),
                new ImportJob.Options(List.of(file.toString()), out.toString(), ImportFilter.ALL, false));
        String db = "jdbc:sqlite:" + tmp.resolve("g.db");
        LoadJob.Result first = LoadJob.run(LocalSpark.session(), new LoadJob.Options(out.toString(), db, 100));
        LoadJob.Result again = LoadJob.run(LocalSpark.session(), new LoadJob.Options(out.toString(), db, 100));

        assertThat(first.added()).isEqualTo(imported.kept());
        assertThat(again.added()).isZero();
        assertThat(again.duplicates()).isEqualTo(imported.kept());
        try (Store store = Store.open(db)) {
            assertThat(store.events().countEvents()).isEqualTo(imported.kept());
            assertThat(store.events().findEvents(Optional.empty(), Optional.empty(), Optional.empty()))
                    .containsExactlyInAnyOrderElementsOf(ImportJobIT.events(out));
        }
    }
}
