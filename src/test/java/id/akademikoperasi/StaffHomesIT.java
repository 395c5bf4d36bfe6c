package id.akademikoperasi;

import id.akademikoperasi.testsupport.Browser;
import id.akademikoperasi.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each staff role lands on a home with data it owns (the demo accounts, AK_DEMO_DATA=true in the test run),
 * and cannot open another role's pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffHomesIT {

    private static final String PASSWORD = "Koperasi#2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theKoperasiSecretariatSeesItsMembersPagedAndSearchable() throws Exception {
        try (Browser browser = new Browser(base, 1024, 1400)) {
            browser.logIn("sekretariat.guntung@demo.akademikoperasi.id", PASSWORD);
            browser.waitForText("#koperasiName", "Koperasi Kelurahan Merah Putih Guntung");
            String page = browser.pageText();
            java.util.regex.Matcher total = java.util.regex.Pattern.compile("1–20 / (\\d+)").matcher(page);
            assertTrue(total.find() && Integer.parseInt(total.group(1)) >= 25,
                    "at least the 25 demo members of Guntung, paged by 20: " + page);
            browser.screenshot("coop-members");

            // Budi Gunawan is a demo member of Bontang Kuala: not in Guntung's list
            browser.type("#members\\:search", "Budi Gunawan");
            browser.clickAjax("#members\\:searchButton");
            browser.waitForText("#members\\:table", "Tidak ada anggota yang cocok.");

            browser.type("#members\\:search", "Siti Aminah");
            browser.clickAjax("#members\\:searchButton");
            browser.waitForText("#members\\:table", "1–1 / 1");
            assertTrue(browser.text("#members\\:table").contains("6474********0001"));

            browser.open("/admin/accounts");
            browser.waitForText("h1", "Akses ditolak");
        }
    }

    @Test
    void theTrainerFollowsLearnersOfAKelurahanAndCorrectsAStatusWithAReason() throws Exception {
        try (Browser member = new Browser(base, 1024, 1400)) {
            member.logIn("anggota@demo.akademikoperasi.id", "Koperasi#2026");
            member.waitForText("h1", "Siti Aminah");
            member.open("/course?kode=KOP-05");
            if (member.isVisible("#enrolForm\\:enrol")) { // not enrolled yet (tests share one database)
                member.click("#enrolForm\\:enrol");
                member.waitForText(".ak-breadcrumb", "pelajaran 1 dari");
            }
        }
        try (Browser browser = new Browser(base, 1024, 1400)) {
            browser.logIn("pelatih@demo.akademikoperasi.id", "Koperasi#2026");
            browser.click("#progressLink");
            browser.click("#courseList a[href*='KOP-05']");
            browser.waitForText("#learners", "Siti Aminah");
            browser.select("#grid\\:region", "— Guntung");
            browser.waitForAjax();
            browser.waitForText("#range", "dari");
            assertTrue(browser.text("#learners").contains("Guntung"));
            browser.screenshot("trainer-progress");

            // Siti by name: other tests enrol more Guntung members in KOP-05, some with every lesson done
            browser.select("#override\\:learner", "Siti Aminah (Guntung)");
            browser.selectValue("#override\\:lesson", "2");
            browser.clickAjax("#override\\:save");
            browser.waitForText("#override", "Tuliskan alasan perubahan.");
            browser.type("#override\\:reason", "Hadir di kelas tatap muka di kelurahan");
            browser.clickAjax("#override\\:save");
            browser.waitForText("#override\\:history", "Hadir di kelas tatap muka di kelurahan");
            assertTrue(browser.text("#override\\:history").contains("Hendra Gunawan"), browser.text("#override\\:history"));
            browser.screenshot("trainer-progress-override");
        }
    }

    @Test
    void theSecretariatEnrolsTwoChosenMembersAndOneOfThemFindsTheCourseInHerHistory() throws Exception {
        // KOP-07: a course no other test enrols anybody in
        try (Browser browser = new Browser(base, 1024, 1400)) {
            browser.logIn("sekretariat.guntung@demo.akademikoperasi.id", PASSWORD);
            browser.click("#members\\:enrolLink");
            browser.waitForText("#koperasiName", "Koperasi Kelurahan Merah Putih Guntung");
            browser.selectValue("#enrol\\:course", "KOP-07");
            browser.waitForText("#enrol\\:wholeCount", "anggota aktif");
            for (String name : java.util.List.of("Siti Aminah", "Agus Pratama")) {
                browser.type("#enrol\\:search", name);
                browser.clickAjax("#enrol\\:searchButton");
                browser.waitForText("#range", "1–1 dari 1");
                assertTrue(browser.text("#candidates").contains(name), browser.text("#candidates"));
                browser.clickAjax("#candidates input[type=checkbox]");
            }
            browser.waitForText("#enrol\\:pickedCount", "2 anggota dipilih");
            browser.clickAjax("#enrol\\:enrolButton");
            browser.waitForText("#messages", "sudah terdaftar");
            java.util.regex.Matcher result = java.util.regex.Pattern.compile("(\\d+) anggota didaftarkan, (\\d+) sudah terdaftar")
                    .matcher(browser.text("#messages"));
            assertTrue(result.find(), browser.text("#messages"));
            assertEquals(2, Integer.parseInt(result.group(1)) + Integer.parseInt(result.group(2)), result.group());
            assertEquals("0 anggota dipilih", browser.text("#enrol\\:pickedCount"));
            browser.type("#enrol\\:search", "Siti Aminah");
            browser.clickAjax("#enrol\\:searchButton");
            browser.waitForText("#candidates", "sudah terdaftar");
            assertTrue(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#candidates input[type=checkbox]")).isEmpty(),
                    "an enrolled member cannot be chosen again");
            browser.screenshot("coop-enrol");
        }
        try (Browser member = new Browser(base, 360, 1600)) {
            member.logIn("anggota@demo.akademikoperasi.id", PASSWORD);
            member.waitForText("h1", "Siti Aminah");
            member.click("#historyLink");
            member.waitForText("h1", "Riwayat belajar saya");
            member.waitForText("#course-KOP-07 summary", "Pengelolaan Gerai");
            assertTrue(member.text("#course-KOP-07 summary").contains("belum dimulai"), member.text("#course-KOP-07 summary"));
            member.find("#course-KOP-07 summary").click();
            member.waitForText("#course-KOP-07", "Versi");
            assertTrue(member.text("#course-KOP-07 .ak-lessons").contains("belum dimulai"), member.text("#course-KOP-07 .ak-lessons"));
            assertTrue(member.text("#course-KOP-07").contains("Belum ada percobaan ujian akhir."), member.text("#course-KOP-07"));
            assertTrue(member.pageWidth() <= member.viewportWidth(), "page width " + member.pageWidth());
            member.screenshot("member-history");
        }
    }

    @Test
    void theDkumppOfficerDrillsDownFromTheCityToTheKelurahan() throws Exception {
        try (Browser browser = new Browser(base, 1024, 1400)) {
            browser.logIn("verifikator@demo.akademikoperasi.id", PASSWORD);
            browser.waitForText("#regionSummary", "Kota Bontang: 15 koperasi");
            assertTrue(browser.pageText().contains("Bontang Selatan"));
            browser.screenshot("office-city");
            browser.click("a[href*='wilayah=64.74.01']");
            browser.waitForText("#regionSummary", "Bontang Utara: 6 koperasi");
            assertTrue(browser.pageText().contains("Guntung"));
            browser.screenshot("office-kecamatan");
        }
    }

    @Test
    void theSystemAdminFindsAccountsAndSeesTheirRoles() throws Exception {
        try (Browser browser = new Browser(base, 1024, 1400)) {
            browser.logIn("admin@demo.akademikoperasi.id", PASSWORD);
            browser.waitForText("h1", "Akun dan peran");
            browser.type("#accounts\\:search", "verifikator");
            browser.clickAjax("#accounts\\:searchButton");
            browser.waitForText("#accounts\\:table", "Rina Wulandari");
            assertTrue(browser.text("#accounts\\:table").contains("Verifikator DKUMPP · 64.74"), browser.text("#accounts\\:table"));
            browser.screenshot("admin-accounts");
        }
    }
}
