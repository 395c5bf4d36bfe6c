package id.akademikoperasi;

import id.akademikoperasi.testsupport.Browser;
import id.akademikoperasi.testsupport.Deployments;
import id.akademikoperasi.testsupport.PdfQr;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import id.akademikoperasi.testsupport.PdfText;

/**
 * The secretariat's journey of issue 7: plan an election for today, nominate a certified member (accepted) and an
 * uncertified one (refused, with the reasons on the page), download the Daftar Calon Memenuhi Syarat whose QR code
 * opens the certificate's public page, and record the result; the new board shows on the elections page. Last, the
 * secretariat records on the relations page that the two members are married, and sees the pair listed.
 * Demo members +6281255000030 (given a Calon Pengurus certificate here), +6281255000031 (none) and +6281255000044
 * (certified too, later recorded as the first one's spouse) live in Guntung.
 */
@ExtendWith(ArquillianExtension.class)
class NominationJourneyIT {

    static final String PASSWORD = "Koperasi#2026";
    static final String CERTIFIED = "+6281255000030";
    static final String UNCERTIFIED = "+6281255000031";
    static final String NUMBER = "AK/6474/2026/976101";
    static final String CODE = "NOMJRNY976101ABCD";
    static final String SPOUSE = "+6281255000044";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    @RunAsClient
    void theSecretariatNominatesDownloadsTheListAndRecordsTheResult() throws Exception {
        String certified = giveCertificate();
        String uncertified = value("SELECT display_name FROM idn_account WHERE phone = ?", UNCERTIFIED);
        String today = LocalDate.now(ZoneId.of("Asia/Makassar")).toString();
        try (Browser admin = new Browser(base, 1024, 1400)) {
            admin.logIn("sekretariat.guntung@demo.akademikoperasi.id", PASSWORD);
            admin.open("/coop/members");
            admin.click("#members\\:electionsLink");
            admin.setValue("#plan\\:date", today);
            admin.type("#plan\\:place", "Balai Uji Perjalanan Guntung");
            admin.selectValue("#plan\\:seats", "2");
            admin.click("#plan\\:save");
            admin.waitForText("#details", "Balai Uji Perjalanan Guntung");

            admin.type("#nominate\\:search", certified);
            admin.clickAjax("#nominate\\:searchButton");
            admin.selectValue("#nominate\\:position", "KETUA");
            admin.clickAjax("#nominate\\:submit");
            admin.waitForText("#nominate\\:decision", "Memenuhi syarat");
            admin.screenshot("nomination-accepted");

            admin.type("#nominate\\:search", uncertified);
            admin.clickAjax("#nominate\\:searchButton");
            admin.selectValue("#nominate\\:position", "SEKRETARIS");
            admin.clickAjax("#nominate\\:submit");
            admin.waitForText("#nominate\\:decision", "Ditolak");
            String reasons = admin.text("#nominate\\:decision");
            assertTrue(reasons.contains("Tidak memiliki sertifikat kompetensi")
                    && reasons.contains("bukan lurah/kepala desa"), reasons);
            admin.waitForText("#nominations", uncertified);
            admin.screenshot("nomination-refused");

            // the candidate list, as the browser downloads it
            String href = admin.find("#candidatesPdf").getAttribute("href");
            Cookie session = admin.driver().manage().getCookieNamed("JSESSIONID");
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            String text = PdfText.of(pdf.body());
            assertTrue(text.contains("DAFTAR CALON MEMENUHI SYARAT") && text.contains(certified) && text.contains(NUMBER)
                    && !text.contains(uncertified), text);
            assertEquals(base.toString().replaceAll("/$", "") + "/v/" + CODE, PdfQr.decodeQr(pdf.body()));

            admin.find("#candidatesLink").click();
            admin.waitForText("main", certified);
            admin.driver().navigate().back();
            admin.waitForText("#result", certified);

            // a second certified member is accepted as bendahara; then the secretariat records that the two are
            // husband and wife: the later nomination no longer qualifies, with the reason, and its candidate is told
            String spouse = giveCertificate(SPOUSE, "AK/6474/2026/976102", "NOMJRNY976102ABCD");
            String electionPage = admin.driver().getCurrentUrl();
            admin.type("#nominate\\:search", spouse);
            admin.clickAjax("#nominate\\:searchButton");
            admin.selectValue("#nominate\\:position", "BENDAHARA");
            admin.clickAjax("#nominate\\:submit");
            admin.waitForText("#nominate\\:decision", "Memenuhi syarat");
            admin.open("/coop/relations");
            recordSpouses(admin, certified, spouse);
            admin.driver().get(electionPage);
            admin.waitForText("#nominations", "Tidak lagi memenuhi syarat");
            String rows = admin.text("#nominations");
            assertTrue(rows.contains("hubungan keluarga derajat pertama (darah atau perkawinan) dengan " + certified), rows);
            assertFalse(admin.text("#result").contains(spouse), "only accepted candidates can be elected");
            admin.screenshot("nomination-rejudged");
            try (Browser member = new Browser(base, 360, 900)) {
                member.logIn(SPOUSE, PASSWORD);
                member.waitForText(".ak-nomination-notice", "tidak lagi memenuhi syarat");
                assertTrue(member.text(".ak-nomination-notice").contains("Bendahara"), member.text(".ak-nomination-notice"));
                member.screenshot("nomination-rejudged-member");
            }

            admin.driver().findElement(By.cssSelector("#result input[type=checkbox]")).click();
            admin.clickAjax("#result\\:record");
            admin.waitForText("#messages", "Hasil pemilihan tercatat");
            admin.waitForText("#electionStatus", "Hasil tercatat");
            assertTrue(admin.driver().findElements(By.cssSelector("#nominate\\:submit")).isEmpty(),
                    "no more nominations once the result is recorded");
            admin.screenshot("election-result");

            admin.open("/coop/elections");
            admin.waitForText("#board", certified);
            assertTrue(admin.text("#board").contains("Ketua"), admin.text("#board"));

            // the secretariat records that the two are husband and wife, and sees the pair listed
            admin.click("#relationsLink");
            recordSpouses(admin, certified, uncertified);
            admin.waitForText("#kinship\\:pairs", uncertified);
            assertTrue(admin.text("#kinship\\:pairs").contains(certified)
                    && admin.text("#kinship\\:pairs").contains("Suami – istri"), admin.text("#kinship\\:pairs"));
            admin.screenshot("kinship-recorded");
        }
    }

    /** On the relations page: records that the two members are husband and wife. */
    private static void recordSpouses(Browser admin, String first, String second) {
        admin.type("#kinship\\:firstSearch", first);
        admin.clickAjax("#kinship\\:firstSearchButton");
        admin.type("#kinship\\:secondSearch", second);
        admin.clickAjax("#kinship\\:secondSearchButton");
        admin.selectValue("#kinship\\:relation", "SPOUSE");
        admin.clickAjax("#kinship\\:record");
        admin.waitForText("#messages", "Hubungan keluarga tercatat");
    }

    private String giveCertificate() throws Exception {
        return giveCertificate(CERTIFIED, NUMBER, CODE);
    }

    /** A Calon Pengurus certificate for the member, as DKUMPP's approval leaves it; returns their name. */
    private String giveCertificate(String phone, String number, String code) throws Exception {
        try (Connection db = connection()) {
            long account = Long.parseLong(value("SELECT id FROM idn_account WHERE phone = ?", phone));
            long officer = Long.parseLong(value("SELECT id FROM idn_account WHERE email = 'verifikator@demo.akademikoperasi.id'"));
            long koperasi = Long.parseLong(value("SELECT koperasi_id FROM org_membership WHERE account_id = ?", account));
            Instant issued = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
            update(db, "INSERT INTO crt_application (account_id, scheme_code, koperasi_id, region_code, status, submitted_at, "
                            + "declarations, snapshot, decided_by, decided_at) VALUES (?, 'CALON_PENGURUS', ?, '64.74.01.1004', "
                            + "'APPROVED', ?, 'DATA_TRUE,NOT_PERANGKAT,NO_KINSHIP', '{}', ?, ?)",
                    account, koperasi, Timestamp.from(issued), officer, Timestamp.from(issued));
            long application = Long.parseLong(value("SELECT MAX(id) FROM crt_application WHERE account_id = ?", account));
            update(db, "INSERT INTO crt_certificate (number, verification_code, application_id, account_id, scheme_code, "
                            + "holder_name, koperasi_name, issued_at, valid_until, issued_by, status, snapshot, scheme_name_id, "
                            + "scheme_name_en, issued_by_name, region_code) SELECT ?, ?, ?, ?, 'CALON_PENGURUS', x.display_name, "
                            + "'Koperasi Kelurahan Merah Putih Guntung', ?, ?, ?, 'VALID', '{}', 'Calon Pengurus', "
                            + "'Board Candidate', 'Rina Wulandari', '64.74.01.1004' FROM idn_account x WHERE x.id = ?",
                    number, code, application, account, Timestamp.from(issued),
                    Timestamp.from(issued.plus(3 * 365, ChronoUnit.DAYS)), officer, account);
        }
        return value("SELECT display_name FROM idn_account WHERE phone = ?", phone);
    }

    private static Connection connection() throws Exception {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("ak.it.db.port") + "/akademi_it",
                "root", "");
    }

    private static void update(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private static String value(String sql, Object... parameters) throws Exception {
        try (Connection db = connection(); PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
