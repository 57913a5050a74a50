package dev.crossroads.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Region packs and their sources. Get one from {@link Store#packs()}. */
public final class PackRepository {
    private static final String COLUMNS = "id, name, title, as_of, content_hash, loaded_at, summary_json";

    private final Db db;

    PackRepository(Db db) {
        this.db = db;
    }

    /**
     * Saves a pack unless a pack with the same content hash is already stored.
     *
     * @return {@code true} if the pack was new, {@code false} if its content was already stored
     * @throws StoreException if another pack with the same id but different content is stored
     * @throws IllegalArgumentException if {@code summaryJson} is not valid JSON
     */
    public boolean savePack(PackRecord pack) {
        Jdbc.requireJson("pack summary", pack.summaryJson());
        return db.write("saving pack " + pack.id(), c -> {
            if (Jdbc.exists(c, "SELECT 1 FROM packs WHERE content_hash = ?", pack.contentHash())) {
                return false;
            }
            if (Jdbc.exists(c, "SELECT 1 FROM packs WHERE id = ?", pack.id())) {
                throw new StoreException("cannot save pack "
                        + pack.id()
                        + ": a pack with this id but different content is already stored."
                        + " Give the new version its own id (PackRecord.of derives one from the hash).");
            }
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO packs (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, pack.id());
                ps.setString(2, pack.name());
                ps.setString(3, pack.title());
                ps.setString(4, pack.asOf().toString());
                ps.setString(5, pack.contentHash());
                ps.setString(6, Jdbc.text(pack.loadedAt()));
                ps.setString(7, pack.summaryJson());
                ps.executeUpdate();
            }
            return true;
        });
    }

    /** All stored packs, most recently loaded first. */
    public List<PackRecord> listPacks() {
        return db.read("listing packs", c -> {
            try (PreparedStatement ps =
                            c.prepareStatement("SELECT " + COLUMNS + " FROM packs ORDER BY loaded_at DESC, id");
                    ResultSet rs = ps.executeQuery()) {
                List<PackRecord> packs = new ArrayList<>();
                while (rs.next()) {
                    packs.add(pack(rs));
                }
                return packs;
            }
        });
    }

    /** The pack with this id, if stored. */
    public Optional<PackRecord> getPack(String id) {
        return db.read("reading pack " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM packs WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(pack(rs)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Replaces the sources of a stored pack with {@code sources}, in one transaction.
     *
     * @throws StoreException if the pack is not stored or two sources share an id
     */
    public void saveSources(String packId, List<SourceRecord> sources) {
        List<SourceRecord> copy = List.copyOf(sources);
        db.write("saving " + copy.size() + " sources of pack " + packId, c -> {
            if (!Jdbc.exists(c, "SELECT 1 FROM packs WHERE id = ?", packId)) {
                throw new StoreException("cannot save sources: no pack " + packId + " is stored. Save the pack first.");
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM sources WHERE pack_id = ?")) {
                delete.setString(1, packId);
                delete.executeUpdate();
            }
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO sources (pack_id, id, publisher, title, date, url, note)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (SourceRecord s : copy) {
                    ps.setString(1, packId);
                    ps.setString(2, s.id());
                    ps.setString(3, s.publisher());
                    ps.setString(4, s.title());
                    Jdbc.set(ps, 5, s.date());
                    Jdbc.set(ps, 6, s.url());
                    Jdbc.set(ps, 7, s.note());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** The sources of a pack, ordered by id; empty if the pack is unknown. */
    public List<SourceRecord> listSources(String packId) {
        return db.read("listing sources of pack " + packId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, publisher, title, date, url, note FROM sources" + " WHERE pack_id = ? ORDER BY id")) {
                ps.setString(1, packId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<SourceRecord> sources = new ArrayList<>();
                    while (rs.next()) {
                        sources.add(new SourceRecord(
                                rs.getString("id"),
                                rs.getString("publisher"),
                                rs.getString("title"),
                                Jdbc.optText(rs, "date"),
                                Jdbc.optText(rs, "url"),
                                Jdbc.optText(rs, "note")));
                    }
                    return sources;
                }
            }
        });
    }

    private static PackRecord pack(ResultSet rs) throws SQLException {
        return new PackRecord(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("title"),
                Jdbc.date(rs, "as_of"),
                rs.getString("content_hash"),
                Jdbc.instant(rs, "loaded_at"),
                rs.getString("summary_json"));
    }
}
