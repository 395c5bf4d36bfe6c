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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person of Kelurahan Guntung on a phone-sized screen: registers, logs in, sees their home and koperasi,
 * switches to English and back, and logs out. Also: a wrong registration keeps them on the form with messages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aMemberOfGuntungRegistersLogsInSwitchesLanguageAndLogsOut() throws Exception {
        try (Browser browser = new Browser(base, 360, 1600)) {
            browser.open("/register");
            browser.waitForText("h1", "Pendaftaran anggota");

            // first a mistake: an underage birth date and a NIK that does not match it
            browser.type("#register\\:name", "Nur Aisyah");
            browser.type("#register\\:nik", "6474014512100007");
            browser.setValue("#register\\:birthDate", "2010-12-05");
            browser.type("#register\\:phone", "0813 5555 0101");
            browser.select("#register\\:province", "Kalimantan Timur");
            browser.select("#register\\:kota", "Kota Bontang");
            browser.select("#register\\:kecamatan", "Bontang Utara");
            browser.select("#register\\:kelurahan", "Guntung");
            browser.type("#register\\:password", "Ikan#Asin2026");
            browser.type("#register\\:passwordConfirmation", "Ikan#Asin2026");
            browser.click("#register\\:submit");
            assertTrue(browser.pageText().contains("Anggota koperasi harus berusia minimal 17 tahun"), browser.pageText());
            browser.screenshot("register-refused");

            // then right
            browser.type("#register\\:nik", "6474014512900007");
            browser.setValue("#register\\:birthDate", "1990-12-05");
            browser.type("#register\\:password", "Ikan#Asin2026");
            browser.type("#register\\:passwordConfirmation", "Ikan#Asin2026");
            browser.select("#register\\:kecamatan", "Bontang Utara");
            browser.select("#register\\:kelurahan", "Guntung");
            browser.click("#register\\:submit");
            browser.waitForText("h1", "Masuk");
            assertTrue(browser.pageText().contains("Pendaftaran berhasil"), browser.pageText());

            browser.type("#login\\:username", "081355550101");
            browser.type("#login\\:password_input, #login\\:password", "Ikan#Asin2026");
            browser.click("#login\\:submit");
            browser.waitForText("#koperasiName", "Koperasi Kelurahan Merah Putih Guntung");
            assertTrue(browser.text("h1").contains("Nur Aisyah"));
            assertTrue(browser.text("#maskedNik").equals("6474********0007"), browser.text("#maskedNik"));
            assertFalse(browser.pageText().contains("6474014512900007"), "the whole NIK is never shown");
            browser.screenshot("member-home-id");

            browser.click("#lang\\:toEn");
            browser.waitForText("#koperasiCard h2", "My koperasi");
            assertTrue(browser.pageText().contains("Member since"));
            browser.screenshot("member-home-en");

            browser.click("#lang\\:toId");
            browser.waitForText("#koperasiCard h2", "Koperasi saya");

            browser.click("#userMenu\\:logout");
            browser.waitForText("#loggedOut", "Anda sudah keluar");
            browser.open("/member/home");
            browser.waitForText("h1", "Masuk");
        }
    }

    @Test
    void aMemberFindsACourseBySearchAndReadsItsLessons() throws Exception {
        try (Browser browser = new Browser(base, 360, 1600)) {
            browser.logIn("anggota@demo.akademikoperasi.id", "Koperasi#2026");
            browser.waitForText("h1", "Siti Aminah");

            browser.click("#navCourses");
            browser.type("#q", "QRIS");
            browser.click("#searchButton");
            browser.waitForText("#courseCards", "Pemasaran Digital");
            assertFalse(browser.text("#courseCards").contains("Rapat Anggota"), "a course without the word is not listed");
            browser.screenshot("catalog-search");

            browser.click("#courseCards a[href*='KOP-09']");
            browser.waitForText("h1", "Pemasaran Digital");
            browser.click("#start");
            browser.waitForText(".ak-breadcrumb", "pelajaran 1 dari");
            assertTrue(browser.find("#lessonBody h2").isDisplayed());
            browser.screenshot("lesson-1");
            browser.click("#next");
            browser.waitForText(".ak-breadcrumb", "pelajaran 2 dari");
            browser.click("#previous");
            browser.waitForText(".ak-breadcrumb", "pelajaran 1 dari");

            // a lesson with a table scrolls inside its box instead of widening the page on a 360 px phone
            browser.open("/learn/lesson?kode=KOP-08&no=4");
            browser.waitForText(".ak-breadcrumb", "pelajaran 4 dari");
            assertTrue(browser.find("#lessonBody .ak-table table").isDisplayed());
            assertEquals(360, browser.viewportWidth());
            assertTrue(browser.pageWidth() <= browser.viewportWidth(), "page width " + browser.pageWidth());
            browser.screenshot("lesson-table");
            assertTrue(browser.driver().getPageSource().matches("(?s).*css/app\\.css\\.xhtml\\?ln=ak&(amp;)?v=[0-9a-f]{8}.*"),
                    "our stylesheet's address carries its content version, so a release reaches phones at once");
        }
    }

    @Test
    void aMemberEnrolsMarksLessonsDoneAndContinuesFromHome() throws Exception {
        try (Browser browser = new Browser(base, 360, 1600)) {
            browser.logIn("anggota@demo.akademikoperasi.id", "Koperasi#2026");
            browser.waitForText("h1", "Siti Aminah");

            browser.open("/course?kode=KOP-03");
            assertFalse(browser.pageText().contains("Kemajuan Anda"), "not enrolled yet: no progress shown");
            // the schemes that require the course, named as the system admin keeps them (Calon Pengawas, Calon Pengurus)
            assertTrue(browser.text("#leadsTo").matches("(?s).*Calon Pengawas.*Calon Pengurus.*"), browser.text("#leadsTo"));
            assertFalse(browser.text("#leadsTo").contains("Manajer"), "KOP-03 is not part of the manager scheme");
            browser.click("#enrolForm\\:enrol");
            browser.waitForText(".ak-breadcrumb", "pelajaran 1 dari");
            assertTrue(browser.pageText().contains("Anda sudah terdaftar di kursus ini"), browser.pageText());

            browser.click("#progress\\:markDone");
            browser.waitForText(".ak-breadcrumb", "pelajaran 2 dari");
            assertTrue(browser.pageText().contains("Pelajaran ditandai selesai"), browser.pageText());
            browser.screenshot("lesson-after-done");

            browser.open("/member/home");
            browser.waitForText("#resumeTitle", "Tata Kelola");
            assertTrue(browser.text("#resumeCard").contains("1 dari"), browser.text("#resumeCard"));
            browser.screenshot("member-home-progress");
            browser.click("#resume");
            browser.waitForText(".ak-breadcrumb", "pelajaran 2 dari");

            browser.open("/course?kode=KOP-03");
            browser.waitForText("#progressText", "1 dari");
            assertTrue(browser.text(".ak-lessons").contains("Selesai"), browser.text(".ak-lessons"));
            assertTrue(browser.text("#start").contains("Lanjutkan belajar"));
        }
    }

    @Test
    void wrongPasswordIsRefusedWithAMessageInTheUsersLanguage() throws Exception {
        try (Browser browser = new Browser(base, 360, 900)) {
            browser.open("/login");
            browser.type("#login\\:username", "tidak.ada@example.id");
            browser.type("#login\\:password_input, #login\\:password", "SalahSekali123");
            browser.click("#login\\:submit");
            assertTrue(browser.pageText().contains("E-mail/nomor HP atau kata sandi salah."), browser.pageText());
        }
    }
}
