package id.akademikoperasi;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import id.akademikoperasi.identity.application.AccountDirectory;
import id.akademikoperasi.identity.infrastructure.DemoData;
import id.akademikoperasi.learning.application.TrainingSessions;
import id.akademikoperasi.learning.application.TrainingSessions.Registration;
import id.akademikoperasi.learning.application.TrainingSessions.ScheduleRequest;
import id.akademikoperasi.learning.domain.session.SessionKind;
import id.akademikoperasi.organisation.application.RegionDirectory;
import id.akademikoperasi.organisation.domain.RegionCode;
import id.akademikoperasi.shared.infrastructure.ClockProducer;
import id.akademikoperasi.shared.infrastructure.DataSourceConfiguration;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.testsupport.Deployments;
import id.akademikoperasi.testsupport.HttpLogin;
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
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static id.akademikoperasi.testsupport.ClientSide.client;
import static id.akademikoperasi.testsupport.ClientSide.get;
import id.akademikoperasi.testsupport.PdfText;
import static id.akademikoperasi.testsupport.ClientSide.column;

/**
 * The session downloads over HTTP, as the pages' links fetch them: the organiser's sign-in sheet (PDF) and a
 * member's calendar (iCalendar). Sessions are scheduled in-container in Tanjung Laut (no other test uses it for
 * sessions) at places named for this run; the client finds them by their titles and checks only those.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionDownloadsIT {

    static final String TANJUNG_LAUT = "64.74.02.1001";
    static final String TRAINER = "pelatih@demo.akademikoperasi.id";
    static final String HELD = "Uji unduhan: pelatihan yang diikuti";
    static final String OTHER = "Uji unduhan: pelatihan lain";
    static final String CANCELLED = "Uji unduhan: pelatihan yang dibatalkan";
    static final String LONG_AGO = "Uji unduhan: pelatihan yang lama lewat";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestSupport();
    }

    @Inject
    TrainingSessions sessions;
    @Inject
    AccountDirectory accounts;
    @Inject
    RegionDirectory regions;
    @Inject
    java.time.Clock appClock;
    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @ArquillianResource
    URL base;

    private Actor actor(String login) {
        return accounts.byLogin(login).flatMap(a -> accounts.actor(a.id())).orElseThrow();
    }

    private ScheduleRequest request(String title, String place, Duration startIn, long koperasi) {
        LocalDateTime start = LocalDateTime.ofInstant(appClock.instant().plus(startIn), ClockProducer.OFFICE_ZONE)
                .truncatedTo(ChronoUnit.MINUTES);
        return new ScheduleRequest(SessionKind.PELATIHAN, title, null, null, TANJUNG_LAUT, place, start,
                start.plusHours(2), 1, Set.of(koperasi));
    }

    @Test
    @Order(1)
    void sessionsAreScheduledAndTwoMembersRegister() throws Exception {
        long koperasi = regions.koperasiOfVillage(RegionCode.of(TANJUNG_LAUT)).orElseThrow().id();
        List<Actor> members = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT a.phone FROM idn_account a JOIN org_membership m ON m.account_id = a.id "
                     + "WHERE m.koperasi_id = ? AND m.status = 'ACTIVE' AND a.phone LIKE '+6281255%' ORDER BY a.phone LIMIT 2")) {
            q.setLong(1, koperasi);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    members.add(actor(r.getString(1)));
                }
            }
        }
        assertEquals(2, members.size(), "two demo members in Tanjung Laut");
        // places named for this run: a second run on the same database meets no double booking
        String run = Long.toString(System.currentTimeMillis(), 36);
        Actor trainer = actor(TRAINER);
        long held = sessions.schedule(trainer, request(HELD, "Ruang Unduhan A " + run, Duration.ofDays(2), koperasi));
        sessions.schedule(trainer, request(OTHER, "Ruang Unduhan B " + run, Duration.ofDays(2), koperasi));
        long cancelled = sessions.schedule(trainer, request(CANCELLED, "Ruang Unduhan C " + run, Duration.ofDays(3), koperasi));
        long longAgo = sessions.schedule(trainer, request(LONG_AGO, "Ruang Unduhan D " + run, Duration.ofDays(4), koperasi));

        assertEquals(Registration.REGISTERED, sessions.register(members.get(0), held));
        assertEquals(Registration.WAITLISTED, sessions.register(members.get(1), held), "capacity 1");
        sessions.register(members.get(0), cancelled);
        sessions.register(members.get(0), longAgo);
        // no service cancels or backdates a session yet: the table is set as those would leave it
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement cancel = c.prepareStatement("UPDATE lrn_session SET status = 'CANCELLED' WHERE id = ?")) {
                cancel.setLong(1, cancelled);
                cancel.executeUpdate();
            }
            try (PreparedStatement past = c.prepareStatement("UPDATE lrn_session SET starts_at = starts_at - INTERVAL 45 DAY, "
                    + "ends_at = ends_at - INTERVAL 45 DAY WHERE id = ?")) {
                past.setLong(1, longAgo);
                past.executeUpdate();
            }
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void theOrganiserPrintsTheSheetOthersDoNot() throws Exception {
        long held = sessionId(HELD);
        List<String> invitedNames = column("SELECT a.display_name FROM idn_account a JOIN org_membership m ON m.account_id = a.id "
                + "JOIN org_koperasi k ON k.id = m.koperasi_id WHERE k.region_code = ? AND m.status = 'ACTIVE'", TANJUNG_LAUT);
        assertFalse(invitedNames.isEmpty());
        String sheet = api() + "/" + held + "/sign-in-sheet.pdf";

        HttpClient visitor = client();
        assertEquals(401, get(visitor, sheet).statusCode(), "not logged in");

        HttpClient trainer = client();
        HttpLogin.logIn(trainer, base, TRAINER, DemoData.PASSWORD);
        HttpResponse<byte[]> pdf = get(trainer, sheet);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("")
                .startsWith("attachment; filename=\"daftar-hadir-" + held + ".pdf\""), pdf.headers().map().toString());
        assertTrue(pdf.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));
        String text = PdfText.of(pdf.body());
        assertTrue(text.contains(HELD), text);
        assertTrue(text.contains("Daftar Hadir") && text.contains("Halaman 1 dari"), text);
        for (String name : invitedNames) {
            assertTrue(text.contains(name), name + " is invited:\n" + text);
        }
        assertTrue(text.contains("terdaftar") && text.contains("daftar tunggu"), text);

        assertEquals(404, get(trainer, api() + "/999999999/sign-in-sheet.pdf").statusCode(), "no such session");

        HttpClient member = client();
        HttpLogin.logIn(member, base, registered(held, "REGISTERED"), DemoData.PASSWORD);
        HttpResponse<byte[]> refused = get(member, sheet);
        assertEquals(403, refused.statusCode(), "a member prints no sheet");
        String body = new String(refused.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("learning.sheet.forbidden") && body.contains("penyelenggara"), body);
    }

    @Test
    @Order(3)
    @RunAsClient
    void aMemberGetsTheCalendarOfTheSessionsTheyRegisteredForOnly() throws Exception {
        long held = sessionId(HELD);
        long other = sessionId(OTHER);
        long cancelled = sessionId(CANCELLED);
        long longAgo = sessionId(LONG_AGO);
        String ics = api() + "/mine.ics";
        assertEquals(401, get(client(), ics).statusCode(), "not logged in");

        HttpClient member = client();
        HttpLogin.logIn(member, base, registered(held, "REGISTERED"), DemoData.PASSWORD);
        HttpResponse<byte[]> response = get(member, ics);
        assertEquals(200, response.statusCode());
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT).replace(" ", "");
        assertTrue(type.startsWith("text/calendar") && type.contains("charset=utf-8"), type);
        Map<String, VEvent> events = events(response.body());
        VEvent mine = events.get("session-" + held + "@akademikoperasi.id");
        assertTrue(mine != null, "the registered session: " + events.keySet());
        assertEquals(HELD, mine.getSummary().getValue());
        assertTrue(mine.getLocation().getValue().startsWith("Ruang Unduhan A ") && mine.getLocation().getValue().endsWith("Tanjung Laut"),
                mine.getLocation().getValue());
        assertTrue(mine.getStatus().isConfirmed());
        assertEquals(2 * 60 * 60 * 1000L, mine.getDateEnd().getValue().getTime() - mine.getDateStart().getValue().getTime());
        for (long absent : List.of(other, cancelled, longAgo)) {
            assertFalse(events.containsKey("session-" + absent + "@akademikoperasi.id"),
                    "not registered, cancelled or long past: " + absent + " in " + events.keySet());
        }

        HttpClient waiting = client();
        HttpLogin.logIn(waiting, base, registered(held, "WAITLISTED"), DemoData.PASSWORD);
        // the language the member chose for the pages
        ((CookieManager) waiting.cookieHandler().orElseThrow()).getCookieStore().add(URI.create(root()), english());
        VEvent waitlisted = events(get(waiting, ics).body()).get("session-" + held + "@akademikoperasi.id");
        assertTrue(waitlisted != null && waitlisted.getStatus().isTentative());
        assertTrue(waitlisted.getDescription().getValue().contains("waiting list"), waitlisted.getDescription().getValue());
    }

    // --- client side helpers --------------------------------------------------------------------------------

    private String root() {
        return base.toString().replaceAll("/$", "");
    }

    private String api() {
        return root() + "/api/v1/sessions";
    }

    private static HttpCookie english() {
        HttpCookie cookie = new HttpCookie("ak_lang", "en");
        cookie.setPath("/");
        cookie.setVersion(0);
        return cookie;
    }

    private static Map<String, VEvent> events(byte[] ics) {
        ICalendar calendar = Biweekly.parse(new String(ics, StandardCharsets.UTF_8)).first();
        return calendar.getEvents().stream().collect(Collectors.toMap(e -> e.getUid().getValue(), Function.identity()));
    }

    private static long sessionId(String title) throws Exception {
        return Long.parseLong(column("SELECT MAX(id) FROM lrn_session WHERE title = ?", title).getFirst());
    }

    private static String registered(long session, String status) throws Exception {
        return column("SELECT a.phone FROM lrn_session_registration r JOIN idn_account a ON a.id = r.account_id "
                + "WHERE r.session_id = ? AND r.status = ?", session, status).getFirst();
    }
}
