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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The system admin's schemes page in the browser: define a scheme (courses picked from the catalog, left inactive so
 * no member sees it), get a field error for an impossible pass mark, correct it and see it in the table. The
 * default schemes, which other tests rely on, are not touched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchemesPageIT {

    private static final String PASSWORD = "Koperasi#2026";
    private static final String CODE = "IT_HALAMAN_SKEMA";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theAdminDefinesASchemeAndCorrectsAnImpossiblePassMark() throws Exception {
        try (Browser browser = new Browser(base, 1280, 1800)) {
            browser.logIn("admin@demo.akademikoperasi.id", PASSWORD);
            browser.waitForText("h1", "Akun dan peran");
            browser.click("#schemesLink");
            browser.waitForText("h1", "Skema sertifikasi");
            browser.waitForText("#schemes\\:table", "CALON_PENGAWAS");
            assertTrue(browser.pageText().contains("tetap memakai nama skema"), "the page says certificates keep their names");

            // a new scheme: the form starts empty with the programme's usual values
            browser.waitForText("#formTitle", "Skema baru");
            browser.type("#scheme\\:code", CODE);
            browser.type("#scheme\\:nameId", "Skema halaman (uji)");
            browser.find("input[name='scheme:positions'][value='PENGAWAS']").click();
            pick(browser, "KOP-01");
            pick(browser, "KOP-05");
            browser.find("#scheme\\:active").click();
            browser.clickAjax("#scheme\\:save");
            browser.waitForText("#scheme", "Isi nama (paling banyak 200 karakter).");
            assertFalse(browser.text("#schemes\\:table").contains(CODE), "nothing saved without the English name");

            browser.type("#scheme\\:nameEn", "Page scheme (test)");
            browser.clickAjax("#scheme\\:save");
            browser.waitForText("#messages", "Skema " + CODE + " disimpan.");
            browser.waitForText("#formTitle", "Ubah skema " + CODE);
            String row = row(browser);
            assertTrue(row.contains("KOP-01, KOP-05") && row.contains("70 %") && row.contains("pengawas"), row);

            browser.type("#scheme\\:exam", "150");
            browser.clickAjax("#scheme\\:save");
            browser.waitForText("#scheme", "Nilai minimal antara 0 dan 100.");
            browser.screenshot("admin-scheme-field-error");
            assertTrue(row(browser).contains("70 %"), "nothing saved: " + row(browser));

            browser.type("#scheme\\:exam", "72");
            browser.clickAjax("#scheme\\:save");
            browser.waitForText("#messages", "Perubahan skema " + CODE + " disimpan.");
            row = row(browser);
            assertTrue(row.contains("72 %") && row.contains("KOP-01, KOP-05"), row);
            assertFalse(browser.text("#scheme").contains("Nilai minimal antara 0 dan 100."));
            browser.screenshot("admin-schemes");

            browser.open("/admin/schemes");
            assertTrue(row(browser).contains("72 %"), "stored, not only shown: " + row(browser));
            browser.screenshot("admin-schemes-table");
        }
    }

    /** Moves a course from the catalog side of the picker to the chosen side. */
    private static void pick(Browser browser, String course) {
        browser.find("#scheme\\:courses .ui-picklist-source [data-item-value='" + course + "']").click();
        browser.find("#scheme\\:courses .ui-picklist-button-add").click();
        browser.waitForText("#scheme\\:courses .ui-picklist-target", course);
    }

    private static String row(Browser browser) {
        browser.waitForText("#schemes\\:table", CODE);
        return browser.driver().findElement(By.xpath("//tbody[@id='schemes:table_data']/tr[td[contains(., '" + CODE + "')]]"))
                .getText();
    }
}
