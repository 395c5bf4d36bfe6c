package id.akademikoperasi;

import id.akademikoperasi.testsupport.Browser;
import id.akademikoperasi.testsupport.Deployments;
import id.akademikoperasi.testsupport.incontainer.SamplePdf;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainer writes a course in the browser — a lesson in Markdown with live preview and a PDF — and publishes it;
 * a member then finds it by a word of the lesson and reads it with the PDF.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthoringJourneyIT {

    private static final String PASSWORD = "Koperasi#2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aTrainerPublishesACourseWithAPdfAndAMemberReadsIt() throws Exception {
        Path pdf = Path.of(System.getProperty("ak.it.tmp", "target/tmp")).resolve("contoh-laporan.pdf");
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, SamplePdf.bytes());

        try (Browser trainer = new Browser(base, 1280, 1400)) {
            trainer.logIn("pelatih@demo.akademikoperasi.id", PASSWORD);
            trainer.open("/trainer/home");
            trainer.type("#newCourse\\:code", "usp-77");
            trainer.type("#newCourse\\:title", "Simpan Pinjam Praktis");
            trainer.type("#newCourse\\:summary", "Menghitung angsuran pinjaman anggota dengan benar.");
            trainer.select("#newCourse\\:category", "Keuangan");
            trainer.click("#newCourse\\:create");
            trainer.waitForText("#draftState", "USP-77");

            trainer.type("#structure\\:newLesson", "Menghitung Angsuran");
            trainer.clickAjax("#structure\\:addLesson");
            trainer.waitForText("#structure", "Menghitung Angsuran");
            trainer.click("#structure a[href*='no=1']");

            trainer.waitForText("h1", "Menghitung Angsuran");
            trainer.type("#lesson\\:markdown", "## Angsuran flat\n\nPokok dibagi tenor ditambah bunga tetap: metode anuitasflat.\n");
            trainer.waitForText("#lesson\\:preview", "metode anuitasflat");
            trainer.clickAjax("#lesson\\:save");
            trainer.waitForText("#messages", "Tersimpan");

            trainer.type("#upload\\:materialTitle", "Contoh laporan\t");
            trainer.waitForAjax();
            trainer.uploadFile("#upload\\:file_input", pdf);
            trainer.waitForText("#materials", "contoh-laporan.pdf");
            trainer.screenshot("trainer-lesson-editor");

            trainer.click("#backToCourse");
            trainer.clickAjax("#publishForm\\:publish");
            trainer.click(".ui-confirmdialog-yes");
            trainer.waitForText("#messages", "Diterbitkan sebagai versi 1");
        }

        try (Browser member = new Browser(base, 360, 1400)) {
            member.logIn("anggota@demo.akademikoperasi.id", PASSWORD);
            member.open("/courses?q=anuitasflat");
            member.waitForText("#courseCards", "Simpan Pinjam Praktis");
            member.click("#courseCards a[href*='USP-77']");
            member.click("#start");
            member.waitForText("#lessonBody", "metode anuitasflat");
            member.waitForText("#materials", "Contoh laporan");
            assertTrue(member.find("#materials a.ak-download").getAttribute("href").contains("/files/" + SamplePdf.sha256() + "/"));
            member.screenshot("member-reads-authored-lesson");
        }
    }

    /** Line numbers matter: the page names them. Line 9 lacks its closing brace. */
    private static final String BANK_WITH_ONE_ERROR = """
            $CATEGORY: RAT/Kuorum

            ::RAT-1::Rapat anggota tahunan disingkat?{=RAT ~RALB ~RUPS}

            ::RAT-2::Kuorum rapat anggota sah bila dihadiri lebih dari separuh anggota.{T}

            $CATEGORY: RAT/Keputusan

            ::RAT-3::Keputusan rapat diambil lebih dulu dengan?{=musyawarah mufakat ~undian ~suara pengurus

            ::RAT-4::Hasil rapat dicatat dalam?{=berita acara#Benar, notulen resmi rapat. ~surat edaran}
            """;

    @Test
    void aTrainerImportsAQuestionBankOnAPhoneSetsTheFinalExamAndPublishesIt() throws Exception {
        try (Browser trainer = new Browser(base, 360, 1400)) {
            trainer.logIn("pelatih@demo.akademikoperasi.id", PASSWORD);
            trainer.open("/trainer/home");
            trainer.type("#newCourse\\:code", "rat-78");
            trainer.type("#newCourse\\:title", "Rapat Anggota Praktis");
            trainer.type("#newCourse\\:summary", "Menyiapkan dan memimpin rapat anggota tahunan.");
            trainer.click("#newCourse\\:create");
            trainer.waitForText("#draftState", "RAT-78");
            trainer.type("#structure\\:newLesson", "Kuorum dan keputusan");
            trainer.clickAjax("#structure\\:addLesson");
            trainer.waitForText("#structure", "Kuorum dan keputusan");

            trainer.click("#questionBanks");
            trainer.waitForText("#banks", "Belum ada bank soal");
            trainer.type("#bank\\:name", "Bank RAT");
            trainer.type("#bank\\:text", BANK_WITH_ONE_ERROR);
            trainer.clickAjax("#bank\\:check");
            trainer.waitForText("#bankProblems", "Baris 9: Kurung kurawal { dibuka di sini");
            trainer.waitForText("#result", "Ditemukan 1 masalah");
            assertTrue(trainer.text("#banks").contains("Belum ada bank soal"), "a bank with a problem is not saved");
            assertTrue(!trainer.isVisible("#result\\:save"), "and cannot be");

            trainer.type("#bank\\:text", BANK_WITH_ONE_ERROR.replace("~suara pengurus", "~suara pengurus}"));
            trainer.clickAjax("#bank\\:check");
            trainer.waitForText("#bankSummary", "4 soal · format GIFT");
            trainer.waitForText("#perCategory", "RAT/Kuorum: 2");
            trainer.waitForText("#perType", "Benar atau salah: 1");
            trainer.waitForText("#questions", "berita acara");
            trainer.waitForText("#questions", "Umpan balik: Benar, notulen resmi rapat.");
            assertTrue(trainer.text("#banks").contains("Belum ada bank soal"), "a preview saves nothing");
            ((org.openqa.selenium.JavascriptExecutor) trainer.driver())
                    .executeScript("document.getElementById('result').scrollIntoView();");
            trainer.screenshot("trainer-bank-preview");
            trainer.clickAjax("#result\\:save");
            trainer.waitForText("#messages", "Bank soal bank-rat.gift disimpan dengan 4 soal");
            trainer.waitForText("#banks", "bank-rat.gift");

            trainer.select("#exam\\:category", "RAT/Kuorum (2 soal)");
            trainer.type("#exam\\:questionCount", "3");
            trainer.select("#exam\\:reviewPolicy", "Setelah peserta lulus");
            trainer.clickAjax("#exam\\:save");
            trainer.waitForText("#exam", "hanya punya 2 soal yang dapat diundi");
            trainer.type("#exam\\:questionCount", "2");
            trainer.clickAjax("#exam\\:save");
            trainer.waitForText("#messages", "Ujian akhir disimpan di draf");
            trainer.waitForText("#banks", "dipakai ujian akhir");
            assertTrue(trainer.pageWidth() <= trainer.viewportWidth(), "the page fits a 360 px phone");
            trainer.screenshot("trainer-final-exam");

            trainer.click("#backToCourse");
            trainer.clickAjax("#publishForm\\:publish");
            trainer.click(".ui-confirmdialog-yes");
            trainer.waitForText("#messages", "Diterbitkan sebagai versi 1");

            // the published version is what members take: its exam is the one just set
            trainer.click("#questionBanks");
            trainer.waitForText("#banks", "dipakai ujian akhir");
            assertTrue(trainer.find("#exam\\:category").getAttribute("value").equals("RAT/Kuorum"));
            assertTrue(trainer.find("#exam\\:reviewPolicy").getAttribute("value").equals("AFTER_PASS"));
        }

        try (Browser member = new Browser(base, 360, 1400)) {
            member.logIn("anggota@demo.akademikoperasi.id", PASSWORD);
            member.open("/course?kode=RAT-78");
            member.waitForText("#exam", "Ujian Akhir: Rapat Anggota Praktis");
            member.waitForText("#exam", "2 soal, 20 menit");
        }
    }
}
