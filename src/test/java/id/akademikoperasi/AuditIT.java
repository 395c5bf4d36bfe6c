package id.akademikoperasi;

import id.akademikoperasi.identity.application.AccountDirectory;
import id.akademikoperasi.shared.audit.application.AuditLog;
import id.akademikoperasi.shared.audit.domain.AuditChain;
import id.akademikoperasi.shared.audit.domain.AuditEntry;
import id.akademikoperasi.shared.audit.domain.Verification;
import id.akademikoperasi.shared.audit.domain.Verification.Broken;
import id.akademikoperasi.shared.audit.domain.Verification.Intact;
import id.akademikoperasi.shared.audit.domain.Verification.Problem;
import id.akademikoperasi.shared.domain.AccessDeniedException;
import id.akademikoperasi.shared.infrastructure.DataSourceConfiguration;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.testsupport.Deployments;
import id.akademikoperasi.testsupport.incontainer.Db;
import id.akademikoperasi.testsupport.incontainer.Transactions;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionRequiredException;
import jakarta.transaction.TransactionalException;
import id.akademikoperasi.testsupport.HttpLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit log on the real database: entries only inside a transaction and only with it, gapless under concurrent
 * appends, refused UPDATE and DELETE, and verify() naming the entry someone tampered with in the table.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestSupport();
    }

    @Inject
    AuditLog auditLog;
    @Inject
    Transactions transactions;
    @Inject
    AccountDirectory accounts;
    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;
    @Resource
    ManagedExecutorService executor;
    @ArquillianResource
    URL base;

    private Actor actor(String login) {
        return accounts.byLogin(login).flatMap(a -> accounts.actor(a.id())).orElseThrow();
    }

    private Actor admin() {
        return actor("admin@demo.akademikoperasi.id");
    }

    private long entries() {
        return new Db(dataSource).count("SELECT COUNT(*) FROM aud_entry");
    }

    private String headHash() {
        return new Db(dataSource).string("SELECT last_hash FROM aud_head WHERE id = 1");
    }

    private Intact assertIntact() {
        Verification v = auditLog.verify(admin());
        Intact ok = assertInstanceOf(Intact.class, v, () -> "chain should be intact: " + v);
        assertEquals(entries(), ok.entries());
        assertEquals(headHash(), ok.lastHash());
        return ok;
    }

    @Test
    @Order(1)
    void entriesRecordedInATransactionAreChainedAndVerify() {
        long before = entries();
        Actor officer = actor("verifikator@demo.akademikoperasi.id");
        List<AuditEntry> written = transactions.inNew(() -> List.of(
                auditLog.record("audit.test.applied", officer.accountId(), "application:42", Map.of("scheme", "CALON_PENGURUS")),
                auditLog.record("audit.test.approved", officer.accountId(), "application:42",
                        Map.of("certificate", "AK/6474/2026/000001", "score", new BigDecimal("82.50"))),
                auditLog.record("audit.test.expired", null, "certificate:AK/6474/2026/000001", null)));

        assertEquals(before + 3, entries());
        assertEquals(before + 1, written.getFirst().seq());
        assertEquals(written.get(0).hash(), written.get(1).prevHash());
        assertEquals(written.get(2).hash(), headHash());
        assertEquals("{\"certificate\":\"AK/6474/2026/000001\",\"score\":82.50}",
                new Db(dataSource).string("SELECT details FROM aud_entry WHERE seq = ?", written.get(1).seq()));
        assertEquals(0, new Db(dataSource).count("SELECT COUNT(*) FROM aud_entry WHERE seq = ? AND actor_account_id IS NOT NULL",
                written.get(2).seq()), "the system acts without an account");
        Intact ok = assertIntact();
        assertEquals(written.get(2).hash(), ok.lastHash());

        List<AuditLog.Line> newest = auditLog.recent(admin(), "audit.test.", null, 0, 2);
        assertEquals(List.of(written.get(2).seq(), written.get(1).seq()), newest.stream().map(AuditLog.Line::seq).toList(),
                "newest first");
        assertEquals("Rina Wulandari", newest.get(1).actorName());
        assertNull(newest.getFirst().actorAccountId());
        assertEquals(written.get(1).occurredAt(), newest.get(1).occurredAt(), "the time read back is the time hashed");
        assertEquals(2, auditLog.count(admin(), null, "application:42"));
        assertEquals(2, auditLog.recent(admin(), null, "application:42", 0, 20).size());
        assertEquals(0, auditLog.count(admin(), "audit.test_", null), "a prefix, wildcards taken literally");
        assertEquals(entries(), auditLog.count(admin(), " ", ""));
    }

    @Test
    @Order(2)
    void anEntryOutsideATransactionIsRefused() {
        long before = entries();
        TransactionalException e = assertThrows(TransactionalException.class,
                () -> auditLog.record("audit.test.orphan", null, "application:1", Map.of()));
        assertInstanceOf(TransactionRequiredException.class, e.getCause());
        assertEquals(before, entries());
    }

    @Test
    @Order(3)
    void aRolledBackTransactionLeavesNoEntryAndTheNextTakesItsNumber() {
        long before = entries();
        String head = headHash();
        assertThrows(IllegalStateException.class, () -> transactions.inNew(() -> {
            auditLog.record("audit.test.applied", null, "application:43", Map.of());
            throw new IllegalStateException("the business change failed after the entry was written");
        }));
        assertEquals(before, entries());
        assertEquals(head, headHash());
        assertIntact();

        AuditEntry next = transactions.inNew(() -> auditLog.record("audit.test.applied", null, "application:43", Map.of()));
        assertEquals(before + 1, next.seq(), "no gap where the rolled-back entry was");
        assertEquals(head, next.prevHash());
    }

    @Test
    @Order(4)
    void concurrentAppendsTakeTurnsAndNeverFork() throws Exception {
        long before = entries();
        List<Future<List<Long>>> tasks = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int task = t;
            tasks.add(executor.submit(() -> {
                List<Long> seqs = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    int n = i;
                    seqs.add(transactions.inNew(() -> auditLog.record("audit.test.concurrent", null, "task:" + task,
                            Map.of("n", n))).seq());
                }
                return seqs;
            }));
        }
        List<Long> seqs = new ArrayList<>();
        for (Future<List<Long>> f : tasks) {
            seqs.addAll(f.get());
        }
        assertEquals(40, seqs.stream().distinct().count(), "every append got its own seq");
        assertEquals(before + 40, entries());
        assertEquals(before + 40, seqs.stream().mapToLong(Long::longValue).max().orElseThrow());
        assertIntact();
    }

    @Test
    @Order(5)
    void theDatabaseRefusesToChangeOrDeleteEntries() throws Exception {
        long before = entries();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE aud_entry SET subject = 'x' WHERE seq = 1"));
            assertEquals("45000", update.getSQLState(), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM aud_entry WHERE seq = 2"));
            assertEquals("45000", delete.getSQLState(), delete.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("TRUNCATE TABLE aud_entry"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM aud_head"));
        }
        assertEquals(before, entries());
        assertIntact();
    }

    @Test
    @Order(6)
    void verifyNamesTheEntrySomeoneTamperedWith() throws Exception {
        Intact before = assertIntact();
        long edited = 2;
        String original = new Db(dataSource).string("SELECT details FROM aud_entry WHERE seq = ?", edited);

        // The head may be updated (appending does): a rewritten head is caught against the last entry.
        sql("UPDATE aud_head SET last_hash = ? WHERE id = 1", AuditChain.GENESIS);
        try {
            assertBroken(before.entries(), Problem.HEAD_MISMATCH);
        } finally {
            sql("UPDATE aud_head SET last_hash = ? WHERE id = 1", before.lastHash());
        }

        // Whoever may drop the triggers can change the table; the chain still tells. Everything is put back, so the
        // tests after this one find an intact log.
        withoutTrigger("aud_entry_no_update", () -> {
            sql("UPDATE aud_entry SET details = ? WHERE seq = ?", original + " ", edited);   // one byte more
            try {
                assertBroken(edited, Problem.EDITED);
            } finally {
                sql("UPDATE aud_entry SET details = ? WHERE seq = ?", original, edited);
            }
        });
        assertIntact();

        long deleted = 3;
        Object[] row = row(deleted);
        withoutTrigger("aud_entry_no_delete", () -> {
            sql("DELETE FROM aud_entry WHERE seq = ?", deleted);
            try {
                assertBroken(deleted, Problem.MISSING);
            } finally {
                sql("INSERT INTO aud_entry (seq, occurred_at, type, actor_account_id, subject, details, prev_hash, hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row);
            }
        });
        assertEquals(before, assertIntact());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE aud_entry SET subject = 'x' WHERE seq = 1"),
                    "the trigger is back");
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM aud_entry WHERE seq = 1"), "the trigger is back");
        }
    }

    @Test
    @Order(7)
    void onlyTheSystemAdminVerifiesAndReadsTheLog() {
        for (String login : List.of("verifikator@demo.akademikoperasi.id", "pelatih@demo.akademikoperasi.id", "anggota@demo.akademikoperasi.id")) {
            Actor someone = actor(login);
            assertThrows(AccessDeniedException.class, () -> auditLog.verify(someone), login);
            assertThrows(AccessDeniedException.class, () -> auditLog.recent(someone, null, null, 0, 20), login);
            assertThrows(AccessDeniedException.class, () -> auditLog.count(someone, null, null), login);
        }
        assertTrue(auditLog.verify(admin()).intact());
    }

    @Test
    @Order(8)
    @RunAsClient
    void theAdminPageListsEntriesAndVerifiesTheChain() throws Exception {
        String page = base.toString().replaceAll("/$", "") + "/admin/audit";
        HttpClient admin = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpLogin.logIn(admin, base, "admin@demo.akademikoperasi.id", "Koperasi#2026");
        HttpResponse<String> get = admin.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, get.statusCode());
        // newest first: the first page holds the concurrent writers' entries, not the first ones
        assertTrue(get.body().contains(">audit.test.concurrent<") && !get.body().contains(">application:42<"), get.body());
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(get.body());
        assertTrue(viewState.find());
        String ajax = "jakarta.faces.partial.ajax=true&jakarta.faces.source=chain%3Averify"
                + "&jakarta.faces.partial.execute=chain%3Averify&jakarta.faces.partial.render=chain%3Aresult"
                + "&chain%3Averify=chain%3Averify&chain=chain&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> verified = admin.send(HttpRequest.newBuilder(URI.create(page))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(ajax)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, verified.statusCode());
        assertTrue(verified.body().contains("Rantai utuh") || verified.body().contains("Chain intact"), verified.body());

        HttpClient officer = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpLogin.logIn(officer, base, "verifikator@demo.akademikoperasi.id", "Koperasi#2026");
        assertEquals(403, officer.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode(), "only the system admin opens the page");
    }

    private void assertBroken(long seq, Problem problem) {
        Verification v = auditLog.verify(admin());
        Broken broken = assertInstanceOf(Broken.class, v, () -> "expected a broken chain, got " + v);
        assertEquals(seq, broken.seq(), "first broken entry");
        assertEquals(problem, broken.problem());
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    /** Drops a trigger for the work and re-creates it from its own stored definition, whatever happens. */
    private void withoutTrigger(String trigger, SqlWork work) throws SQLException {
        String definition;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SHOW CREATE TRIGGER " + trigger)) {
            assertTrue(r.next(), trigger);
            // as the migration created it: without the DEFINER clause MariaDB adds (its account may not resolve again)
            definition = r.getString("SQL Original Statement").replaceFirst("(?i)DEFINER\\s*=\\s*\\S+\\s+", "");
        }
        sql("DROP TRIGGER " + trigger);
        try {
            work.run();
        } finally {
            sql(definition);
        }
    }

    private Object[] row(long seq) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT seq, occurred_at, type, actor_account_id, subject, details, "
                     + "prev_hash, hash FROM aud_entry WHERE seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                Object[] row = new Object[8];
                for (int i = 0; i < 8; i++) {
                    row[i] = r.getObject(i + 1);
                }
                return row;
            }
        }
    }

    private void sql(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.execute();
        }
    }
}
