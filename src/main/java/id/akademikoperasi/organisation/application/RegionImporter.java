package id.akademikoperasi.organisation.application;

import id.akademikoperasi.organisation.domain.Koperasi;
import id.akademikoperasi.organisation.domain.RegionCode;
import id.akademikoperasi.organisation.domain.RegionLevel;
import id.akademikoperasi.organisation.infrastructure.WilayahData;
import id.akademikoperasi.shared.infrastructure.DataSourceConfiguration;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

/**
 * Loads regions from the official data and founds the koperasi of every kelurahan/desa in them. Loading is
 * idempotent: regions and koperasi that exist are kept as they are.
 *
 * <pre>{@code
 * importer.load(actor, "64");   // all of Kalimantan Timur
 * importer.load(actor, null);   // all of Indonesia: 91,599 regions, 83,762 koperasi
 * }</pre>
 */
@ApplicationScoped
public class RegionImporter {

    public record Result(int regionsAdded, int koperasiAdded) {
    }

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    @Inject
    private jakarta.enterprise.event.Event<KoperasiLoaded> loaded;

    /** @param provinceCode a province code such as {@code 64}, or {@code null} for the whole country */
    @Transactional
    public Result load(Actor actor, String provinceCode) {
        actor.require(Role.SYSADMIN);
        Predicate<RegionCode> filter = provinceCode == null || provinceCode.isBlank()
                ? code -> true
                : code -> code.isWithin(RegionCode.of(provinceCode));
        List<WilayahData.Entry> entries = WilayahData.read(filter);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("no regions for province " + provinceCode);
        }
        try (Connection connection = dataSource.getConnection()) {
            long regionsBefore = countRows(connection, "org_region");
            long koperasiBefore = countRows(connection, "org_koperasi");
            insertRegions(connection, entries);
            insertKoperasi(connection, entries);
            int regions = (int) (countRows(connection, "org_region") - regionsBefore);
            int koperasi = (int) (countRows(connection, "org_koperasi") - koperasiBefore);
            StructuredLog.event("admin.regions.loaded", "actor", actor.accountId(),
                    "province", provinceCode == null ? "ALL" : provinceCode,
                    "regionsAdded", regions, "koperasiAdded", koperasi);
            loaded.fire(new KoperasiLoaded(provinceCode, koperasi));
            return new Result(regions, koperasi);
        } catch (SQLException e) {
            throw new IllegalStateException("loading regions failed", e);
        }
    }

    private void insertRegions(Connection connection, List<WilayahData.Entry> entries) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT IGNORE INTO org_region (code, name, level, parent_code) VALUES (?, ?, ?, ?)")) {
            int batch = 0;
            for (WilayahData.Entry entry : entries) {
                insert.setString(1, entry.code().value());
                insert.setString(2, entry.name());
                insert.setString(3, entry.code().level().name());
                insert.setString(4, entry.code().parent().map(RegionCode::value).orElse(null));
                insert.addBatch();
                if (++batch == 2000) {
                    insert.executeBatch();
                    batch = 0;
                }
            }
            insert.executeBatch();
        }
    }

    private void insertKoperasi(Connection connection, List<WilayahData.Entry> entries) throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT IGNORE INTO org_koperasi (region_code, name, created_at) VALUES (?, ?, ?)")) {
            int batch = 0;
            for (WilayahData.Entry entry : entries) {
                if (entry.code().level() != RegionLevel.KELURAHAN_DESA) {
                    continue;
                }
                insert.setString(1, entry.code().value());
                insert.setString(2, Koperasi.standardName(entry.code(), entry.name()));
                insert.setTimestamp(3, now);
                insert.addBatch();
                if (++batch == 2000) {
                    insert.executeBatch();
                    batch = 0;
                }
            }
            insert.executeBatch();
        }
    }

    private static long countRows(Connection connection, String table) throws SQLException {
        // the driver reports SUCCESS_NO_INFO for bulk batches, so rows added are counted, not summed
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
             var rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
