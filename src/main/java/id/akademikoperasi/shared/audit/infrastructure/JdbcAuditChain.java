package id.akademikoperasi.shared.audit.infrastructure;

import id.akademikoperasi.shared.infrastructure.SqlValues;
import id.akademikoperasi.shared.audit.domain.AuditChain;
import id.akademikoperasi.shared.audit.domain.AuditEntry;
import id.akademikoperasi.shared.audit.domain.ChainHead;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored chain read with plain JDBC, for the verifier in the application and in the shell command alike.
 *
 * <pre>{@code
 * try (Connection c = dataSource.getConnection()) {
 *     Verification v = AuditChain.verify(new JdbcAuditChain(c), JdbcAuditChain.PAGE);
 * }
 * }</pre>
 * Pages are read by seq ({@code WHERE seq > ? ORDER BY seq LIMIT ?}, on the primary key), never with an offset,
 * so the millionth page costs what the first does.
 */
public final class JdbcAuditChain implements AuditChain.Source {

    public static final int PAGE = 1000;

    private final Connection connection;

    public JdbcAuditChain(Connection connection) {
        this.connection = connection;
    }

    @Override
    public ChainHead head() {
        try (PreparedStatement s = connection.prepareStatement("SELECT last_seq, last_hash FROM aud_head WHERE id = 1");
             ResultSet r = s.executeQuery()) {
            // a missing head row counts as an empty log: entries that exist are then reported as beyond the head
            return r.next() ? new ChainHead(r.getLong(1), r.getString(2)) : ChainHead.EMPTY;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read aud_head", e);
        }
    }

    @Override
    public List<AuditEntry> after(long seq, int limit) {
        try (PreparedStatement s = connection.prepareStatement("SELECT seq, occurred_at, type, actor_account_id, subject, "
                + "details, prev_hash, hash FROM aud_entry WHERE seq > ? ORDER BY seq LIMIT ?")) {
            s.setLong(1, seq);
            s.setInt(2, limit);
            try (ResultSet r = s.executeQuery()) {
                List<AuditEntry> page = new ArrayList<>(Math.min(limit, PAGE));
                while (r.next()) {
                    page.add(new AuditEntry(r.getLong(1), SqlValues.utcInstant(r.getObject(2, LocalDateTime.class)), r.getString(3),
                            r.getObject(4, Long.class), r.getString(5), r.getString(6), r.getString(7), r.getString(8)));
                }
                return page;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read aud_entry after seq " + seq, e);
        }
    }
}
