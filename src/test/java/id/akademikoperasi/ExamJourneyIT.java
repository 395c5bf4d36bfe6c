package id.akademikoperasi;

import id.akademikoperasi.assessment.domain.bank.ParsedQuestion;
import id.akademikoperasi.assessment.infrastructure.gift.GiftParser;
import id.akademikoperasi.testsupport.Browser;
import id.akademikoperasi.testsupport.PdfQr;
import id.akademikoperasi.testsupport.Deployments;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The member's whole path through a course on a 360 px phone: every lesson done, the final exam failed, the wait,
 * the retry passed with the right answers, the course completed; then the trainer sees it in the grid. The first
 * attempt is moved back in time in the database instead of waiting.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExamJourneyIT {

    static final String MEMBER = "+6281255000005";
    static final String PASSWORD = "Koperasi#2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    @RunAsClient
    void theMemberFinishesTheLessonsAndFailsTheFirstAttempt() throws Exception {
        try (Browser browser = new Browser(base, 360, 1600)) {
            browser.logIn(MEMBER, PASSWORD);
            browser.open("/course?kode=KOP-02");
            browser.click("#enrolForm\\:enrol");
            browser.waitForText(".ak-breadcrumb", "pelajaran 1 dari 6");
            for (int no = 1; no <= 6; no++) {
                browser.click("#progress\\:markDone");
            }
            browser.waitForText("#progressText", "6 dari 6");
            assertTrue(browser.text("#examLeft").contains("tinggal ujian akhir"), browser.text("#myProgress"));

            browser.click("#examLink");
            browser.click("#startForm\\:start");
            browser.waitForText("#countdown", ":");
            browser.screenshot("exam-attempt");
            browser.clickAndConfirm("#exam\\:submit");
            browser.waitForText("#verdict", "Belum lulus");
            browser.screenshot("exam-failed");

            browser.click("#examLink");
            browser.click("#startForm\\:start");
            browser.waitForText("#messages", "Anda dapat mencoba lagi dalam");
        }
    }

    /** Instead of waiting ten minutes: the member's attempt is moved eleven minutes into the past, in the database. */
    @Test
    @Order(2)
    @RunAsClient
    void tenMinutesPass() throws Exception {
        String url = "jdbc:mariadb://127.0.0.1:" + System.getProperty("ak.it.db.port") + "/akademi_it";
        try (Connection db = DriverManager.getConnection(url, "root", "");
             PreparedStatement back = db.prepareStatement("UPDATE asm_attempt SET "
                     + "started_at = started_at - INTERVAL 11 MINUTE, deadline_at = deadline_at - INTERVAL 11 MINUTE, "
                     + "submitted_at = submitted_at - INTERVAL 11 MINUTE "
                     + "WHERE account_id = (SELECT id FROM idn_account WHERE phone = ?)")) {
            back.setString(1, MEMBER);
            assertEquals(1, back.executeUpdate(), "the failed attempt");
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void theRetryWithTheRightAnswersPassesAndCompletesTheCourse() throws Exception {
        List<ParsedQuestion> bank = new GiftParser().parse(Files.readString(
                Path.of("content/02-perkoperasian-dasar/questions/bank.gift"))).questions();
        try (Browser browser = new Browser(base, 360, 1600)) {
            browser.logIn(MEMBER, PASSWORD);
            browser.open("/learn/exam?kode=KOP-02");
            browser.click("#startForm\\:start");
            browser.waitForText("#countdown", ":");
            org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
            js.executeScript("window.akSamePage = true;");
            for (WebElement question : browser.driver().findElements(By.cssSelector("fieldset.ak-question"))) {
                String text = question.findElement(By.cssSelector(".ak-question-text")).getText().strip();
                ParsedQuestion q = bank.stream().filter(p -> p.text().strip().equals(text)).findFirst()
                        .orElseThrow(() -> new AssertionError("not in the bank: " + text));
                answer(browser, question, q);
                assertEquals(Boolean.TRUE, js.executeScript("return window.akSamePage === true;"),
                        "answering a " + q.type() + " question left the page: " + browser.pageText());
                // as a member would: go on once the page says the answer is saved
                String saved = "#question-" + question.getAttribute("id").replace("question-", "") + " .ak-saved";
                browser.waitForText(saved, "Tersimpan");
            }
            browser.screenshot("exam-answered");
            browser.clickAndConfirm("#exam\\:submit");
            browser.waitForText("#verdict", "Selamat, Anda lulus");
            browser.screenshot("exam-passed");
            assertEquals("100.00 %", browser.text("#score"), "every answer right: " + browser.pageText());

            browser.click("#toCourse");
            browser.waitForText("#progressText", "selesai pada");
        }
        try (Browser trainer = new Browser(base, 1024, 1400)) {
            trainer.logIn("pelatih@demo.akademikoperasi.id", PASSWORD);
            trainer.open("/trainer/progress?kode=KOP-02");
            trainer.waitForText("#learners", "Selesai");
            assertTrue(trainer.text("#learners").contains("100.00"), trainer.text("#learners"));

            // the trainer opens the learner's answers from the grid and corrects one mark, with a reason
            trainer.click(".ak-exam-link");
            trainer.waitForText("#summary", "100.00 %");
            assertTrue(trainer.text("#question-1").contains("Jawaban benar"), trainer.text("#question-1"));
            trainer.clickAjax("#review\\:questions\\:0\\:regrade");
            trainer.waitForText("#review", "Tuliskan alasan koreksi");
            trainer.type("#review\\:questions\\:0\\:percent", "0");
            trainer.type("#review\\:questions\\:0\\:reason", "Uji koreksi nilai oleh pelatih");
            trainer.clickAjax("#review\\:questions\\:0\\:regrade");
            trainer.waitForText("#messages", "dikoreksi");
            assertTrue(trainer.text("#question-1").contains("Uji koreksi nilai oleh pelatih"), trainer.text("#question-1"));
            trainer.screenshot("exam-regraded");
        }
    }

    /** KOP-04's lesson 2 ends with a quiz: the member takes it from the lesson, not with "mark as done". */
    @Test
    @Order(4)
    @RunAsClient
    void aLessonWithAQuizIsDoneByPassingTheQuiz() throws Exception {
        try (Browser browser = new Browser(base, 360, 1600)) {
            browser.logIn(MEMBER, PASSWORD);
            browser.open("/learn/lesson?kode=KOP-04&no=2");
            browser.click("#progress\\:enrol");
            browser.waitForText("#progress\\:quiz", "Kuis pelajaran");
            assertTrue(browser.text("#progress\\:quiz").contains("3 soal"), browser.text("#progress\\:quiz"));
            assertFalse(browser.isVisible("#progress\\:markDone"), "no 'mark as done' for a lesson with a quiz");
            browser.screenshot("lesson-quiz");
            browser.click("#progress\\:startQuiz");
            browser.waitForText("#countdown", ":");
            assertTrue(browser.pageText().contains("Kuis: Undangan dan Kuorum"), browser.pageText());
            browser.clickAndConfirm("#exam\\:submit");
            browser.waitForText("#verdict", "Belum lulus");
            browser.click("#toLesson");
            browser.waitForText("#progress\\:quiz", "Hasil terakhir: 0.00 %, belum lulus");
            assertEquals("Coba kuis lagi", browser.driver().findElement(By.id("progress:startQuiz")).getAttribute("value"));

            // the certification checklist reads the same record: KOP-02 was completed in the first tests
            browser.open("/member/certification");
            browser.waitForText("#scheme-CALON_PENGURUS", "Calon Pengurus");
            assertTrue(browser.text("#scheme-CALON_PENGURUS").contains("KOP-02"), browser.text("#scheme-CALON_PENGURUS"));
            assertTrue(browser.text("#scheme-CALON_PENGURUS").contains("selesai"), browser.text("#scheme-CALON_PENGURUS"));
            browser.screenshot("certification-checklist");
        }
    }

    /** A member whose record meets Manajer Unit Usaha (made so in ExamIT) signs the declaration and applies. */
    @Test
    @Order(5)
    @RunAsClient
    void aReadyMemberSignsTheDeclarationAndApplies() throws Exception {
        try (Browser browser = new Browser(base, 360, 1600)) {
            browser.logIn(ExamIT.READY_IN_BROWSER, PASSWORD);
            browser.open("/member/certification");
            String card = "#scheme-MANAJER_UNIT_USAHA";
            browser.waitForText(card, "Tandatangani pernyataan");
            browser.clickAjax(card + " button[id$='apply']");
            browser.waitForText("#messages", "Tandai setiap pernyataan");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
                    browser.driver().findElement(By.cssSelector(card + " input[type=checkbox]")));
            browser.clickAjax(card + " button[id$='apply']");
            browser.waitForText("#messages", "Pengajuan terkirim");
            browser.waitForText(card, "menunggu verifikasi DKUMPP");
            browser.screenshot("certification-applied");

            // DKUMPP opens the queue, reads the frozen evidence and approves; the member sees the certificate
            try (Browser officer = new Browser(base, 1024, 1400)) {
                officer.logIn("verifikator@demo.akademikoperasi.id", PASSWORD);
                officer.open("/office/applications");
                officer.waitForText("#queue", "Manajer Unit Usaha");
                assertTrue(officer.text("#count").matches("Pengajuan terbuka: [1-9]\\d*"), officer.text("#count"));
                assertTrue(officer.text("#queue").matches("(?s).*menunggu \\d+ hari.*") && !officer.text("#queue").contains("}"),
                        officer.text("#queue"));
                WebElement line = officer.driver().findElements(By.cssSelector("#lines li")).stream()
                        .filter(li -> li.getText().contains("Manajer Unit Usaha") && li.getText().contains("menunggu"))
                        .reduce((first, second) -> second).orElseThrow();
                ((org.openqa.selenium.JavascriptExecutor) officer.driver()).executeScript("arguments[0].click();",
                        line.findElement(By.tagName("a")));
                officer.waitForText("#detail", "KOP-08");
                assertTrue(officer.text("#detail").contains("Data yang Anda berikan benar"), officer.text("#detail"));
                officer.screenshot("office-application");
                ((org.openqa.selenium.JavascriptExecutor) officer.driver()).executeScript("window.confirm = function () { return true; };");
                officer.clickAjax("#decision\\:approve");
                officer.waitForText("#messages", "Sertifikat AK/6474/");
            }
            browser.open("/member/certification");
            browser.waitForText(card, "Sertifikat AK/6474/");
            assertTrue(browser.text(card).contains("Diputuskan oleh Rina Wulandari"), "the officer's name stands on the decision");

            // the member downloads the PDF through the link on the page; its QR code opens the public page: VALID
            String href = browser.find(card + " a[id$='certificate-pdf']").getAttribute("href");
            byte[] pdf = fetchInPage(browser, href);
            assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
            String url = PdfQr.decodeQr(pdf);
            assertTrue(url.matches(".*/v/[23456789A-HJ-NP-Z]{16}"), url);
            try (Browser anyone = new Browser(base, 360, 900)) {   // no login: a bank clerk scanning the printout
                anyone.driver().get(url);
                anyone.waitForText("body", "SAH");
                java.util.regex.Matcher number = java.util.regex.Pattern.compile("AK/6474/\\d{4}/\\d{6}").matcher(browser.text(card));
                assertTrue(number.find());
                assertTrue(anyone.pageText().contains(number.group()), anyone.pageText());
                anyone.screenshot("public-verification-valid");
            }
        }
    }

    /** DKUMPP finds the certificate in its register and revokes it; the public page says so at once. */
    @Test
    @Order(6)
    @RunAsClient
    void theOfficerRevokesTheCertificateAndThePublicPageSaysRevoked() throws Exception {
        String code;
        String number;
        try (Browser member = new Browser(base, 360, 1600)) {
            member.logIn(ExamIT.READY_IN_BROWSER, PASSWORD);
            member.open("/member/certification");
            String card = "#scheme-MANAJER_UNIT_USAHA";
            java.util.regex.Matcher found = java.util.regex.Pattern.compile("AK/6474/\\d{4}/\\d{6}").matcher(member.text(card));
            assertTrue(found.find(), member.text(card));
            number = found.group();
            String href = member.find(card + " a[id$='certificate-pdf']").getAttribute("href");
            code = PdfQr.decodeQr(fetchInPage(member, href)).replaceAll(".*/v/", "");
        }
        try (Browser officer = new Browser(base, 1024, 1400)) {
            officer.logIn("verifikator@demo.akademikoperasi.id", PASSWORD);
            officer.open("/office/applications");
            officer.click("a[href$='/office/certificates']");
            officer.waitForText("#register", "AK/6474/");
            officer.type("#register\\:text", "Tidak Ada Nama Begini");
            officer.clickAjax("#register\\:find");
            officer.waitForText("#register", "Tidak ada sertifikat");
            WebElement field = officer.find("#register\\:text");
            field.clear();
            field.sendKeys(number);
            officer.clickAjax("#register\\:find");
            officer.waitForText("#register", number);
            List<WebElement> lines = officer.driver().findElements(By.cssSelector("#register li"));
            assertEquals(1, lines.size(), "a number finds exactly its certificate");
            WebElement line = lines.getFirst();
            assertTrue(line.getText().contains("Berlaku"), line.getText());
            ((org.openqa.selenium.JavascriptExecutor) officer.driver()).executeScript("arguments[0].click();",
                    line.findElement(By.cssSelector("a[id$='startRevoke']")));
            officer.waitForText("#register", "Alasan pencabutan");
            ((org.openqa.selenium.JavascriptExecutor) officer.driver()).executeScript("window.confirm = function () { return true; };");
            officer.clickAjax("#register button[id$='revoke']");
            officer.waitForText("#register", "Tuliskan alasan pencabutan");
            officer.type("#register textarea[id$='reason']", "Pernyataan kekerabatan ternyata tidak benar");
            ((org.openqa.selenium.JavascriptExecutor) officer.driver()).executeScript("window.confirm = function () { return true; };");
            officer.clickAjax("#register button[id$='revoke']");
            officer.waitForText("#messages", "Sertifikat dicabut");
            officer.waitForText("#register", "Pernyataan kekerabatan ternyata tidak benar");
            officer.screenshot("office-certificate-revoked");
        }
        try (Browser anyone = new Browser(base, 360, 900)) {
            anyone.open("/v/" + code);
            anyone.waitForText("body", "DICABUT");
            anyone.screenshot("public-verification-revoked");
        }
    }

    /** Downloads a link the way the page's own session would (cookies included) and returns the bytes. */
    private static byte[] fetchInPage(Browser browser, String href) {
        Object base64 = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer()).then(b => {
                    let s = ''; const bytes = new Uint8Array(b);
                    for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
                    done(btoa(s));
                }).catch(e => done('ERROR ' + e));""", href);
        assertFalse(String.valueOf(base64).startsWith("ERROR"), String.valueOf(base64));
        return java.util.Base64.getDecoder().decode((String) base64);
    }

    /** Gives the right answer the way a member would: clicking the right labels, typing the right words. */
    private static void answer(Browser browser, WebElement question, ParsedQuestion q) {
        switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                for (var choice : q.type() == id.akademikoperasi.assessment.domain.bank.QuestionType.SINGLE_CHOICE
                        ? List.of(q.choices().stream().max((a, b) -> a.weight().compareTo(b.weight())).orElseThrow())
                        : q.rightChoices()) {
                    clickLabel(browser, question, choice.text());
                }
            }
            case TRUE_FALSE -> clickLabel(browser, question, q.trueFalse().correct() ? "Benar" : "Salah");
            case SHORT_ANSWER -> typeAnswer(browser, question, q.rightChoices().getFirst().text().replace("*", ""));
            case NUMERIC -> typeAnswer(browser, question, (q.numericAnswers().getFirst().isRange()
                    ? q.numericAnswers().getFirst().min() : q.numericAnswers().getFirst().value()).toPlainString().replace('.', ','));
            case MATCHING -> {
                List<WebElement> fields = question.findElements(By.cssSelector(".ak-field"));
                for (WebElement field : fields) {
                    String left = field.findElement(By.tagName("label")).getText().strip();
                    String right = q.pairs().stream().filter(p -> p.left().strip().equals(left)).findFirst().orElseThrow().right();
                    // chosen the way the phone's picker does it: value set, change fired (Selenium's option clicks
                    // can leave an emulated picker open, which then swallows the next tap)
                    WebElement select = field.findElement(By.tagName("select"));
                    String value = select.findElements(By.tagName("option")).stream()
                            .filter(o -> o.getText().strip().equals(right.strip())).findFirst().orElseThrow().getAttribute("value");
                    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                            "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                            select, value);
                    browser.waitForAjax();
                }
            }
            default -> throw new AssertionError("unexpected " + q.type());
        }
    }

    private static void clickLabel(Browser browser, WebElement question, String text) {
        WebElement label = question.findElements(By.tagName("label")).stream()
                .filter(l -> l.getText().strip().equals(text.strip())).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + text));
        // a tap on the label, dispatched by the page itself: the emulated touch screen sometimes drops a synthetic
        // tap that follows an ajax update, which is not what this test is about
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", label);
        browser.waitForAjax();
    }

    private static void typeAnswer(Browser browser, WebElement question, String text) {
        WebElement input = question.findElement(By.cssSelector("input[type=text]"));
        input.sendKeys(text);
        // leaving the field sends the answer (as tapping elsewhere does on a phone)
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].blur();", input);
        browser.waitForAjax();
    }
}
