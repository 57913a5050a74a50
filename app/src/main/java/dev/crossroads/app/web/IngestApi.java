package dev.crossroads.app.web;

import dev.crossroads.app.service.ArticleIngest;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.relations.extract.Extractor;
import dev.crossroads.store.Store;
import dev.crossroads.store.StoreException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * {@code POST /api/ingest}: articles as JSON lines (or one JSON array), extracted and stored as
 * {@code crossroads ingest} does, one transaction per batch; the relations pages see them at once.
 */
final class IngestApi {
    static final int BATCH = 20;

    private final Store store;
    /** The extractor's NLP models load in the background, so that the first page does not wait for them. */
    private final java.util.concurrent.CompletableFuture<Extractor> extractor;

    private final RelationsApi relations;

    IngestApi(RegionPack pack, Store store, RelationsApi relations) {
        this.store = store;
        this.extractor = java.util.concurrent.CompletableFuture.supplyAsync(() -> ArticleIngest.extractor(pack));
        this.relations = relations;
    }

    private Extractor extractor() {
        try {
            return extractor.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    void register(Javalin j) {
        j.post("/api/ingest", this::ingest);
    }

    private void ingest(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!(type.startsWith("application/json")
                || type.startsWith("application/x-ndjson")
                || type.startsWith("application/jsonl"))) {
            throw new ApiException(
                    415,
                    "send the articles as JSON lines or a JSON array with Content-Type: "
                            + "application/x-ndjson or application/json");
        }
        String body = Params.body(ctx);
        if (body.isBlank()) {
            throw ApiException.badRequest("the body is empty: send one article per line, each a JSON object with "
                    + "url, published, source, title, text");
        }
        ArticleIngest.Outcome outcome;
        try {
            outcome = ArticleIngest.body(store, extractor(), body, BATCH);
        } catch (StoreException e) {
            throw new ApiException(
                    503,
                    "the articles could not be stored (the failing batch of up to " + BATCH
                            + " was not written; earlier batches were): " + e.getMessage());
        } finally {
            relations.refresh();
        }
        WebServer.json(ctx, 200, outcome);
    }
}
