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
}
