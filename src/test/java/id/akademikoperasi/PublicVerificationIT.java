package id.akademikoperasi;

import id.akademikoperasi.identity.infrastructure.DemoData;
import id.akademikoperasi.testsupport.Deployments;
import id.akademikoperasi.testsupport.TinyJson;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public check of a certificate, as a bank or a citizen makes it: the JSON API and the short page {@code /v/{code}},
 * without login. Certificates are written straight into the tables (as the issuing service would leave them) for demo
 * member +6281255000040, which no other test uses; the revocation is an UPDATE of the row, so the test shows that
 * nothing between the row and the answer remembers the old status.
 *
 * <p>The test deployment trusts X-Forwarded-For as the client address (failsafe sets {@code AK_VERIFY_CLIENT_HEADER}),
 * so every test is its own client for the rate limit (the default, 60 a minute).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicVerificationIT {

    static final int MEMBER = 40;
    static final String PHONE = String.format("+62812%08d", 55000000 + MEMBER);
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final SecureRandom RANDOM = new SecureRandom();
    static final AtomicInteger CLIENTS = new AtomicInteger();
    static final Set<String> KEYS = Set.of("code", "status", "number", "holderName", "scheme", "koperasi", "issuedAt",
            "validUntil", "verifiedBy");
    static final String REASON = "Dokumen palsu, NIK pemegang dipakai orang lain";

    static String valid;
    static String expired;
    static String revoked;
    static String holder;
    static String koperasi;
    static String officer;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void certificates() throws Exception {
        try (Connection db = db()) {
            long account;
            long koperasiId;
            String region;
            try (PreparedStatement q = db.prepareStatement("""
                    SELECT a.id, a.display_name, k.id, k.name, k.region_code FROM idn_account a
                    JOIN org_membership m ON m.account_id = a.id AND m.status = 'ACTIVE'
                    JOIN org_koperasi k ON k.id = m.koperasi_id WHERE a.phone = ?""")) {
                q.setString(1, PHONE);
                try (ResultSet r = q.executeQuery()) {
                    assertTrue(r.next(), "demo member " + PHONE);
                    account = r.getLong(1);
                    holder = r.getString(2);
                    koperasiId = r.getLong(3);
                    koperasi = r.getString(4);
                    region = r.getString(5);
                }
            }
            long verifier;
            try (PreparedStatement q = db.prepareStatement("SELECT id, display_name FROM idn_account WHERE email = ?")) {
                q.setString(1, "verifikator" + DemoData.DOMAIN);
                try (ResultSet r = q.executeQuery()) {
                    assertTrue(r.next());
                    verifier = r.getLong(1);
                    officer = r.getString(2);
                }
            }
            valid = insert(db, account, koperasiId, region, verifier, "2026-01-15 04:00:00", "2029-01-15 04:00:00");
            expired = insert(db, account, koperasiId, region, verifier, "2022-01-10 04:00:00", "2025-01-10 04:00:00");
            revoked = insert(db, account, koperasiId, region, verifier, "2026-02-20 04:00:00", "2029-02-20 04:00:00");
        }
    }

    @Test
    void aValidCertificateTellsWhatIsPrintedOnItAndNothingElse() throws Exception {
        HttpClient http = client();
        String client = newClient();
        HttpResponse<String> response = api(http, client, dashed(valid.toLowerCase()));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "no session: " + response.headers().map());

        Map<String, Object> json = TinyJson.object(response.body());
        assertEquals(KEYS, json.keySet(), response.body());
        assertEquals(valid, json.get("code"));
        assertEquals("VALID", json.get("status"));
        assertTrue(((String) json.get("number")).startsWith("AK/6474/2026/"));
        assertEquals(holder, json.get("holderName"));
        assertEquals("Calon Pengurus", json.get("scheme"));
        assertEquals(koperasi, json.get("koperasi"));
        assertEquals("2026-01-15", json.get("issuedAt"));
        assertEquals("2029-01-15", json.get("validUntil"));
        assertEquals(Map.of("office", "DKUMPP Kota Bontang", "officer", officer), json.get("verifiedBy"));
        assertNoPersonalData(response.body());

        assertEquals("Board Candidate", TinyJson.object(get(http, client, api() + valid + "?lang=en").body()).get("scheme"));
        assertEquals("Board Candidate", TinyJson.object(http.send(request(client, api() + valid)
                .header("Accept-Language", "en-GB,en;q=0.8").build(), HttpResponse.BodyHandlers.ofString()).body()).get("scheme"));
    }

    @Test
    void aCertificatePastItsEndIsExpiredEvenBeforeTheNightlyJob() throws Exception {
        HttpResponse<String> response = api(client(), newClient(), expired);
        Map<String, Object> json = TinyJson.object(response.body());
        assertEquals("EXPIRED", json.get("status"), response.body());
        assertEquals(KEYS, json.keySet());
        assertEquals("2025-01-10", json.get("validUntil"));
    }

    @Test
    void aRevokedCertificateIsReportedRevokedAtOnceWithoutTheReason() throws Exception {
        HttpClient http = client();
        String client = newClient();
        assertEquals("VALID", TinyJson.object(api(http, client, revoked).body()).get("status"));
        assertTrue(get(http, client, root() + "/v/" + revoked).body().contains(">SAH<"));
        try (Connection db = db(); PreparedStatement revoke = db.prepareStatement("""
                UPDATE crt_certificate SET status = 'REVOKED', revoked_at = '2026-03-01 04:00:00', revoke_reason = ?,
                    revoked_by = issued_by WHERE verification_code = ?""")) {
            revoke.setString(1, REASON);
            revoke.setString(2, revoked);
            assertEquals(1, revoke.executeUpdate());
        }
        HttpResponse<String> response = api(http, client, revoked);
        Map<String, Object> json = TinyJson.object(response.body());
        assertEquals("REVOKED", json.get("status"), "the very next request");
        assertEquals(union(KEYS, "revokedAt"), json.keySet());
        assertEquals("2026-03-01", json.get("revokedAt"));
        assertFalse(response.body().contains("palsu"), "the reason stays with the holder and DKUMPP");

        String page = get(http, client, root() + "/v/" + revoked).body();
        assertTrue(page.contains(">DICABUT<"), page);
        assertFalse(page.contains("palsu"));
    }

    @Test
    void unknownAndMalformedCodesAnswerExactlyAlike() throws Exception {
        HttpClient http = client();
        String client = newClient();
        HttpResponse<String> unknown = api(http, client, code());
        assertEquals(200, unknown.statusCode());
        assertEquals("{\"status\":\"UNKNOWN\"}", unknown.body());
        for (String malformed : List.of("nope", "0000000000000000", valid + "2", valid.substring(1), "x'%20OR%20'1'='1",
                "%3Cscript%3E", "")) {
            HttpResponse<String> response = api(http, client, malformed);
            assertEquals(unknown.statusCode(), response.statusCode(), malformed);
            assertEquals(unknown.body(), response.body(), malformed);
            assertEquals(unknown.headers().firstValue("Content-Type"), response.headers().firstValue("Content-Type"));
            assertEquals(unknown.headers().firstValue("Cache-Control"), response.headers().firstValue("Cache-Control"));
        }
        String wellFormed = code();
        String unknownPage = get(http, client, root() + "/v/" + wellFormed).body();
        String malformedPage = get(http, client, root() + "/v/nope").body();
        assertTrue(unknownPage.contains(">Tidak dikenal<"), unknownPage);
        // the same page but for the address its language switch posts back to
        assertEquals(unknownPage.replace("/v/" + wellFormed, "/v/…"), malformedPage.replace("/v/nope", "/v/…"), "the pages too");
    }

    @Test
    void thePageShowsTheStatusInIndonesianFirstAndEnglishOnRequest() throws Exception {
        HttpClient http = client();
        String client = newClient();
        HttpResponse<String> page = get(http, client, root() + "/v/" + valid);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "no session: " + page.headers().map());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        String html = page.body();
        assertTrue(html.contains(">SAH<") && html.contains(holder) && html.contains(koperasi)
                && html.contains("Calon Pengurus") && html.contains("15 Januari 2026") && html.contains("DKUMPP Kota Bontang"), html);
        assertNoPersonalData(html);

        // the language switch posts back to the short address and comes back to it
        Matcher action = Pattern.compile("<form id=\"lang\"[^>]*action=\"([^\"]+)\"").matcher(html);
        assertTrue(action.find(), html);
        assertEquals("/v/" + valid, action.group(1));
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertTrue(state.find());
        HttpResponse<String> switched = http.send(request(client, root() + action.group(1))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("lang=lang&lang%3AtoEn=lang%3AtoEn&jakarta.faces.ViewState="
                        + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, switched.statusCode(), switched.body());
        assertTrue(switched.headers().firstValue("Location").orElse("").endsWith("/v/" + valid));
        assertTrue(switched.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("ak_lang=en")));

        String english = http.send(request(client, root() + "/v/" + valid).header("Cookie", "ak_lang=en").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(english.contains(">VALID<") && english.contains("Board Candidate") && english.contains("January 15, 2026"), english);
        assertTrue(english.contains(">Unknown<") || !english.contains("Tidak dikenal"));
    }

    @Test
    void theFormGoesToTheShortAddressOfAWellFormedCode() throws Exception {
        HttpClient http = client();
        String client = newClient();
        String form = get(http, client, root() + "/v").body();
        assertTrue(form.contains("name=\"kode\"") && !form.contains("id=\"result\""), form);
        HttpResponse<String> typed = get(http, client, root() + "/v?kode=" + URLEncoder.encode(" " + dashed(valid.toLowerCase()) + " ", StandardCharsets.UTF_8));
        assertEquals(303, typed.statusCode());
        assertEquals("/v/" + valid, typed.headers().firstValue("Location").orElse(""));
        HttpResponse<String> nonsense = get(http, client, root() + "/v?kode=nonsense");
        assertEquals(200, nonsense.statusCode());
        assertTrue(nonsense.body().contains(">Tidak dikenal<"));
    }

    @Test
    void aClientIsRefusedAfterSixtyChecksAMinuteOthersAreNot() throws Exception {
        HttpClient http = client();
        String client = newClient();
        int accepted = 0;
        HttpResponse<String> last = null;
        // a fixed window per minute: if the minute turns during the loop, the count starts again, so allow one turn
        for (int i = 0; i < 130 && (last == null || last.statusCode() != 429); i++) {
            last = i % 2 == 0 ? api(http, client, code()) : get(http, client, root() + "/v/" + code());
            if (last.statusCode() == 200) {
                accepted++;
            }
        }
        assertEquals(429, last.statusCode());
        assertTrue(accepted >= 60 && accepted <= 120, "accepted " + accepted);
        HttpResponse<String> refused = api(http, client, valid);
        assertEquals(429, refused.statusCode());
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        Map<String, Object> error = TinyJson.object(refused.body());
        assertEquals("certification.verify.tooMany", error.get("code"));
        assertTrue(((String) error.get("message")).contains("Terlalu banyak"), refused.body());
        HttpResponse<String> page = get(http, client, root() + "/v/" + valid);
        assertEquals(429, page.statusCode());
        assertTrue(page.body().contains("Terlalu banyak") && !page.body().contains(holder), "no answer while refused");
        assertEquals(200, get(http, client, root() + "/v").statusCode(), "the empty form looks nothing up: never counted");

        assertEquals(200, api(http, newClient(), valid).statusCode(), "another client is not affected");
    }

    @Test
    void theOpenApiDocumentDescribesTheCheck() throws Exception {
        String doc = get(client(), newClient(), root() + "/openapi").body();
        assertTrue(doc.contains("/api/v1/certificates/{code}"), doc);
        assertTrue(doc.contains("CertificateCheck") && doc.contains("UNKNOWN") && doc.contains("429"), doc);
        assertTrue(doc.contains("Retry-After"));
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private void assertNoPersonalData(String body) throws Exception {
        // the demo member's NIK as DemoData builds it, birth date, phone
        int i = MEMBER;
        LocalDate born = LocalDate.of(1965 + (i * 3) % 40, 1 + i % 12, 1 + (i * 5) % 28);
        String nik = "647402" + String.format("%02d%02d%02d%04d", born.getDayOfMonth() + 40, born.getMonthValue(),
                born.getYear() % 100, i + 2);
        try (Connection db = db(); PreparedStatement q = db.prepareStatement("SELECT birth_date, phone, email FROM idn_account WHERE phone = ?")) {
            q.setString(1, PHONE);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next());
                assertEquals(born, r.getDate(1).toLocalDate(), "NIK derived as DemoData does");
                for (String secret : new String[]{nik, born.toString(), String.format("%02d-%02d-%d", born.getDayOfMonth(),
                        born.getMonthValue(), born.getYear()), "5 Mei 1965", r.getString(2), r.getString(2).replace("+62", "0"), r.getString(3)}) {
                    if (secret != null) {
                        assertFalse(body.contains(secret), "leaks " + secret);
                    }
                }
            }
        }
    }

    private String root() {
        return base.toString().replaceAll("/$", "");
    }

    private String api() {
        return root() + "/api/v1/certificates/";
    }

    private HttpResponse<String> api(HttpClient http, String client, String code) throws Exception {
        return get(http, client, api() + code);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A fresh client address for the rate limit, in TEST-NET-3. */
    private static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return "203.0." + (113 + n / 250) + "." + (1 + n % 250) + "/" + RANDOM.nextInt(1_000_000);
    }

    private static HttpRequest.Builder request(String client, String url) {
        // a made-up proxy chain: only its last entry counts, so the first one cannot pick the client
        return HttpRequest.newBuilder(URI.create(url)).header("X-Forwarded-For", "198.51.100.1, " + client);
    }

    private static HttpResponse<String> get(HttpClient http, String client, String url) throws Exception {
        return http.send(request(client, url).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Set<String> union(Set<String> a, String b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.add(b);
        return all;
    }

    private static String code() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static String dashed(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-" + code.substring(12);
    }

    private static Connection db() throws Exception {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("ak.it.db.port") + "/akademi_it", "root", "");
    }

    private static String insert(Connection db, long account, long koperasiId, String region, long verifier,
                                 String issuedAt, String validUntil) throws Exception {
        long application;
        try (PreparedStatement a = db.prepareStatement("""
                INSERT INTO crt_application (account_id, scheme_code, koperasi_id, region_code, status, open_key,
                    submitted_at, declarations, snapshot, decided_by, decided_at)
                VALUES (?, 'CALON_PENGURUS', ?, ?, 'APPROVED', NULL, ?, '', '{}', ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            a.setLong(1, account);
            a.setLong(2, koperasiId);
            a.setString(3, region);
            a.setString(4, issuedAt);
            a.setLong(5, verifier);
            a.setString(6, issuedAt);
            a.executeUpdate();
            try (ResultSet keys = a.getGeneratedKeys()) {
                keys.next();
                application = keys.getLong(1);
            }
        }
        String code = code();
        try (PreparedStatement c = db.prepareStatement("""
                INSERT INTO crt_certificate (number, verification_code, application_id, account_id, scheme_code,
                    holder_name, koperasi_name, issued_at, valid_until, issued_by, status, snapshot, scheme_name_id,
                    scheme_name_en, issued_by_name, region_code)
                SELECT ?, ?, ?, a.id, 'CALON_PENGURUS', a.display_name, ?, ?, ?, ?, 'VALID', '{}', 'Calon Pengurus',
                    'Board Candidate', v.display_name, ? FROM idn_account a JOIN idn_account v ON v.id = ? WHERE a.id = ?""")) {
            c.setString(1, "AK/6474/2026/9" + String.format("%05d", RANDOM.nextInt(100_000)));
            c.setString(2, code);
            c.setLong(3, application);
            c.setString(4, koperasi);
            c.setString(5, issuedAt);
            c.setString(6, validUntil);
            c.setLong(7, verifier);
            c.setString(8, region);
            c.setLong(9, verifier);
            c.setLong(10, account);
            assertEquals(1, c.executeUpdate());
        }
        assertNotEquals(valid, code);
        return code;
    }
}
