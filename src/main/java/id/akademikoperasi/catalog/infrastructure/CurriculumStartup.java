package id.akademikoperasi.catalog.infrastructure;

import id.akademikoperasi.catalog.application.CurriculumImporter;
import id.akademikoperasi.shared.infrastructure.DatabaseMigrator;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Imports the curriculum packaged in the WAR ({@code WEB-INF/content}), or the folder named by
 * {@code AK_CONTENT_DIR}, when the application starts. Re-importing unchanged content does nothing, so every
 * instance of a cluster may run it; the course row lock serialises instances starting together.
 */
@WebListener
public class CurriculumStartup implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(CurriculumStartup.class.getName());

    @Inject
    private DatabaseMigrator migrator;

    @Inject
    private CurriculumImporter importer;

    @Inject
    @ConfigProperty(name = "ak.content.dir")
    Optional<String> contentDir;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (!migrator.isMigrated()) {
            LOG.severe("schema not migrated: curriculum not imported");
            return;
        }
        Path root = contentDir.filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> {
                    String real = event.getServletContext().getRealPath("/WEB-INF/content");
                    return real == null ? null : Path.of(real);
                });
        if (root == null || !Files.isDirectory(root)) {
            LOG.warning("no curriculum folder found (WEB-INF/content or AK_CONTENT_DIR): nothing imported");
            return;
        }
        try {
            Path work = Files.createTempDirectory("akademi-import-");
            importer.importAll(root, work);
        } catch (IOException | RuntimeException e) {
            LOG.severe(() -> "curriculum import failed: " + e);
        }
    }
}
