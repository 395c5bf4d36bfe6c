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
import org.openqa.selenium.By;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The head of DKUMPP's look at Kota Bontang: from the office home to the city's dashboard, its three kecamatan with
 * figures and both charts, down to a kelurahan's koperasi and its board readiness; a region outside the officer's
 * city is refused with a message, not an error page.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardJourneyIT {

    static final String PASSWORD = "Koperasi#2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    @RunAsClient
    void theOfficerDrillsDownFromTheCityToAKoperasi() throws Exception {
        try (Browser officer = new Browser(base, 1024, 1800)) {
            officer.logIn("verifikator@demo.akademikoperasi.id", PASSWORD);
            officer.open("/office/regions");
            officer.click("#dashboardLink");
            officer.waitForText("#dashboardName", "Bontang");
            assertEquals(3, officer.driver().findElements(By.cssSelector("#regionsForm\\:regions_data tr")).size(),
                    "Bontang's three kecamatan: " + officer.text("#dashboard"));
            assertTrue(officer.isVisible("#readinessChart canvas"), "the readiness chart is drawn");
            // the monthly chart appears once certificates exist (other classes of the suite issue some; alone, none)
            officer.screenshot("dashboard-city");

            officer.click("#regionsForm\\:regions_data tr:first-child a");
            officer.waitForText("#breadcrumb", "Bontang");
            assertFalse(officer.driver().findElements(By.cssSelector("#regionsForm\\:regions_data tr a")).isEmpty(),
                    "the kecamatan's kelurahan");
            officer.click("#regionsForm\\:regions_data tr:first-child a");
            officer.waitForText("#readiness", "Pengurus");
            officer.screenshot("dashboard-koperasi");

            officer.open("/office/dashboard?wilayah=64.72");
            officer.waitForText("#denied", "tidak termasuk wilayah tugas Anda");
        }
    }
}
