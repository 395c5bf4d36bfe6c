package id.akademikoperasi;

import id.akademikoperasi.identity.application.AccountAdministration;
import id.akademikoperasi.identity.application.AccountDirectory;
import id.akademikoperasi.identity.infrastructure.DemoData;
import id.akademikoperasi.shared.infrastructure.DataSourceConfiguration;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
import id.akademikoperasi.testsupport.Deployments;
import id.akademikoperasi.testsupport.HttpLogin;
import id.akademikoperasi.testsupport.PdfQr;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static id.akademikoperasi.testsupport.ClientSide.client;
import static id.akademikoperasi.testsupport.ClientSide.get;
import id.akademikoperasi.testsupport.PdfText;
import static id.akademikoperasi.testsupport.ClientSide.column;

/**
 * The certificate PDF over HTTP, as the member page's link fetches it. A certificate is written in-container for
 * demo member +6281255000042 (Guntung), as an approval by the demo DKUMPP officer leaves it; then the holder, the
 * officer of Bontang and the administrator get the PDF, whose QR code opens the public verification page, while
 * another member and an officer of another city are told it does not exist.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificatePdfIT {

    static final String HOLDER = "+6281255000042";
    static final String OTHER_MEMBER = "+6281255000043";
    static final String OFFICER = "verifikator" + DemoData.DOMAIN;
    static final String ADMIN = "admin" + DemoData.DOMAIN;
    static final String SAMARINDA_OFFICER = "verifikator.samarinda@it.akademikoperasi.id";
    /** Far above any sequence another test's approvals reach in this run. */
    static final String NUMBER = "AK/6474/2026/987654";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestSupport();
    }

    @Inject
    AccountDirectory accounts;
    @Inject
    AccountAdministration administration;
    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @ArquillianResource
    URL base;

    private Actor actor(String login) {
        return accounts.byLogin(login).flatMap(a -> accounts.actor(a.id())).orElseThrow();
    }

    @Test
    @Order(1)
    void anApprovedApplicationHasItsCertificateAndSamarindaHasAnOfficer() throws Exception {
        Actor holder = actor(HOLDER);
        Actor officer = actor(OFFICER);
        // the region and an officer of another city: Bontang is all the migrations load
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT IGNORE INTO org_region (code, name, level, parent_code) "
                    + "VALUES ('64.72', 'Kota Samarinda', 'KABUPATEN_KOTA', '64')");
        }
        if (accounts.byLogin(SAMARINDA_OFFICER).isEmpty()) {
            administration.createStaff(actor(ADMIN), "Petugas Samarinda", SAMARINDA_OFFICER, null, DemoData.PASSWORD,
                    Role.VERIFIER, "64.72");
        }
        Instant issued = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String snapshot = "{\"takenAt\":\"" + issued.minus(2, ChronoUnit.DAYS) + "\",\"scheme\":{\"code\":\"CALON_PENGURUS\","
                + "\"name\":\"Calon Pengurus\",\"minExamPercent\":70},\"member\":{\"name\":\"x\",\"koperasi\":\"y\"},"
                + "\"courses\":[{\"code\":\"KOP-01\",\"title\":\"Mengenal Koperasi (uji sertifikat)\","
                + "\"completedAt\":\"2026-10-02T03:00:00Z\",\"bestExamPercent\":85.5}],"
                + "\"attendance\":{\"attended\":4,\"counted\":5,\"percent\":80}}";
        try (Connection c = dataSource.getConnection()) {
            if (exists(c, "SELECT id FROM crt_certificate WHERE number = ?", NUMBER)) {
                return;
            }
            long koperasi;
            try (PreparedStatement q = c.prepareStatement("SELECT koperasi_id FROM org_membership WHERE account_id = ? AND status = 'ACTIVE'")) {
                q.setLong(1, holder.accountId());
                try (ResultSet r = q.executeQuery()) {
                    assertTrue(r.next(), "the demo member belongs to a koperasi");
                    koperasi = r.getLong(1);
                }
            }
            long application;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO crt_application (account_id, scheme_code, koperasi_id, "
                    + "region_code, status, submitted_at, declarations, snapshot, decided_by, decided_at) "
                    + "VALUES (?, 'CALON_PENGURUS', ?, '64.74.01.1004', 'APPROVED', ?, 'DATA_TRUE,NOT_PERANGKAT,NO_KINSHIP', ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, holder.accountId());
                insert.setLong(2, koperasi);
                insert.setTimestamp(3, Timestamp.from(issued.minus(2, ChronoUnit.DAYS)));
                insert.setString(4, snapshot);
                insert.setLong(5, officer.accountId());
                insert.setTimestamp(6, Timestamp.from(issued));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    application = keys.getLong(1);
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO crt_certificate (number, verification_code, "
                    + "application_id, account_id, scheme_code, holder_name, koperasi_name, issued_at, valid_until, issued_by, "
                    + "status, snapshot, scheme_name_id, scheme_name_en, issued_by_name, region_code) "
                    + "SELECT ?, ?, ?, ?, 'CALON_PENGURUS', x.display_name, k.name, ?, ?, ?, 'VALID', ?, s.name_id, s.name_en, "
                    + "o.display_name, '64.74.01.1004' FROM idn_account x, org_koperasi k, crt_scheme s, idn_account o "
                    + "WHERE x.id = ? AND k.id = ? AND s.code = 'CALON_PENGURUS' AND o.id = ?")) {
                insert.setString(1, NUMBER);
                insert.setString(2, verificationCode());
                insert.setLong(3, application);
                insert.setLong(4, holder.accountId());
                insert.setTimestamp(5, Timestamp.from(issued));
                insert.setTimestamp(6, Timestamp.from(issued.plus(3 * 365, ChronoUnit.DAYS)));
                insert.setLong(7, officer.accountId());
                insert.setString(8, snapshot);
                insert.setLong(9, holder.accountId());
                insert.setLong(10, koperasi);
                insert.setLong(11, officer.accountId());
                assertEquals(1, insert.executeUpdate());
            }
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void theHolderDownloadsAPdfWhoseQrCodeOpensThePublicVerificationPage() throws Exception {
        String id = column("SELECT id FROM crt_certificate WHERE number = ?", NUMBER).getFirst();
        String code = column("SELECT verification_code FROM crt_certificate WHERE number = ?", NUMBER).getFirst();
        String holderName = column("SELECT display_name FROM idn_account WHERE phone = ?", HOLDER).getFirst();
        String pdfUrl = root() + "/api/v1/certificate-files/" + id + ".pdf";

        assertEquals(401, get(client(), pdfUrl).statusCode(), "not logged in");

        HttpClient holder = client();
        HttpLogin.logIn(holder, base, HOLDER, DemoData.PASSWORD);
        HttpResponse<byte[]> pdf = get(holder, pdfUrl);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("")
                .startsWith("attachment; filename=\"sertifikat-AK-6474-2026-987654.pdf\""), pdf.headers().map().toString());
        String cache = pdf.headers().firstValue("Cache-Control").orElse("");
        assertTrue(cache.contains("no-store") && cache.contains("private"), cache);
        String text = PdfText.of(pdf.body());
        for (String expected : List.of("SERTIFIKAT KOMPETENSI", holderName, NUMBER, "Calon Pengurus",
                "Koperasi Kelurahan Merah Putih Guntung", "Mengenal Koperasi (uji sertifikat)",
                "Diverifikasi oleh Rina Wulandari, DKUMPP Kota Bontang", code)) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        assertFalse(text.contains("DICABUT") || text.contains("KEDALUWARSA"), text);
        // no public address is configured for the tests: the QR code names the server the request came to
        assertEquals(root() + "/v/" + code, PdfQr.decodeQr(pdf.body()));

        // the member page links it
        String page = new String(get(holder, root() + "/member/certification").body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("/api/v1/certificate-files/" + id + ".pdf") && page.contains("Unduh sertifikat (PDF)"), page);
    }

    @Test
    @Order(3)
    @RunAsClient
    void onlyTheHolderTheOfficersOfItsRegionAndAdministratorsGetIt() throws Exception {
        String id = column("SELECT id FROM crt_certificate WHERE number = ?", NUMBER).getFirst();
        String code = column("SELECT verification_code FROM crt_certificate WHERE number = ?", NUMBER).getFirst();
        String pdfUrl = root() + "/api/v1/certificate-files/" + id + ".pdf";

        for (String outsider : List.of(OTHER_MEMBER, SAMARINDA_OFFICER)) {
            HttpClient http = client();
            HttpLogin.logIn(http, base, outsider, DemoData.PASSWORD);
            HttpResponse<byte[]> refused = get(http, pdfUrl);
            assertEquals(404, refused.statusCode(), outsider + " is told it does not exist");
            String body = new String(refused.body(), StandardCharsets.UTF_8);
            assertTrue(body.contains("certification.pdf.notFound") && !body.contains(NUMBER), body);
            assertEquals(404, get(http, root() + "/api/v1/certificate-files/999999999.pdf").statusCode());
        }

        for (String insider : List.of(OFFICER, ADMIN)) {
            HttpClient http = client();
            HttpLogin.logIn(http, base, insider, DemoData.PASSWORD);
            HttpResponse<byte[]> pdf = get(http, pdfUrl);
            assertEquals(200, pdf.statusCode(), insider);
            assertEquals(root() + "/v/" + code, PdfQr.decodeQr(pdf.body()), insider);
        }
    }

    /** 16 characters of the alphabet the service draws codes from. */
    private static String verificationCode() {
        java.security.SecureRandom random = new java.security.SecureRandom();
        String alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    // --- client side helpers --------------------------------------------------------------------------------

    private String root() {
        return base.toString().replaceAll("/$", "");
    }

    private static boolean exists(Connection c, String sql, Object parameter) throws Exception {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, parameter);
            try (ResultSet r = q.executeQuery()) {
                return r.next();
            }
        }
    }
}
