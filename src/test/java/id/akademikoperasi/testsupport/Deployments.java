package id.akademikoperasi.testsupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * Test deployments are the real, packaged application (target/ROOT.war) — what ships is what is tested —
 * plus the test-support packages an in-container test needs.
 */
public final class Deployments {

    public static WebArchive application() {
        File war = new File(System.getProperty("ak.it.war", "target/ROOT.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: integration tests run in `mvn verify`, after package");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /** The application plus the in-container helpers of {@code id.akademikoperasi.testsupport.incontainer}. */
    public static WebArchive applicationWithTestSupport() {
        return application().addPackage("id.akademikoperasi.testsupport.incontainer");
    }

    private Deployments() {
    }
}
