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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classroom moment of issue 5: the trainer schedules a training in Kelurahan Guntung and opens the check-in
 * screen; a member, on her own phone, types the code shown there and appears as present on the trainer's screen
 * within seconds.
 */
@ExtendWith(ArquillianExtension.class)
class SessionsJourneyIT {

    static final String PASSWORD = "Koperasi#2026";
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    @RunAsClient
    void aMemberTypesTheCodeOnTheTrainersScreenAndAppearsAsPresent() throws Exception {
        LocalDateTime soon = LocalDateTime.now(ZoneId.of("Asia/Makassar")).plusMinutes(10);
        try (Browser trainer = new Browser(base, 1024, 1400); Browser member = new Browser(base, 360, 800)) {
            trainer.logIn("pelatih@demo.akademikoperasi.id", PASSWORD);
            trainer.open("/organise/sessions");
            trainer.selectValue("#schedule\\:kind", "PELATIHAN");
            trainer.type("#schedule\\:title", "Pelatihan Tata Kelola Guntung");
            trainer.selectValue("#schedule\\:course", "KOP-03");
            trainer.selectValue("#schedule\\:region", "64.74.01.1004");
            trainer.waitForText("#schedule\\:koperasiBox", "Guntung");
            trainer.type("#schedule\\:place", "Aula Uji Presensi Guntung");
            trainer.setValue("#schedule\\:start", soon.format(LOCAL));
            trainer.setValue("#schedule\\:end", soon.plusHours(2).format(LOCAL));
            trainer.click("#schedule\\:save");
            trainer.waitForText("#details", "Aula Uji Presensi Guntung");
            trainer.click("#screenLink");
            trainer.waitForText("#code", "");
            String code = trainer.text("#code").strip();
            assertTrue(code.matches("\\d{6}"), "six digits on the screen: " + code);
            trainer.screenshot("check-in-screen");

            member.logIn("anggota@demo.akademikoperasi.id", PASSWORD);
            member.open("/learn/check-in");
            member.type("#checkIn\\:code", trainer.text("#code").strip());
            member.clickAjax("#checkIn\\:confirm");
            member.waitForText("#messages", "Kehadiran Anda tercatat");
            member.screenshot("checked-in");

            // the screen asks every 3 seconds
            trainer.waitForText("#present", "Siti Aminah");
            trainer.screenshot("check-in-screen-present");

            member.open("/member/sessions");
            member.waitForText("#sessions", "Pelatihan Tata Kelola Guntung");
            assertTrue(member.pageText().contains("Hadir"), member.pageText());
        }
    }
}
