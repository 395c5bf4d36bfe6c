package id.akademikoperasi.catalog.application;

import id.akademikoperasi.catalog.domain.CourseOrigin;
import id.akademikoperasi.catalog.infrastructure.pkg.CoursePackage;
import id.akademikoperasi.catalog.infrastructure.pkg.CoursePackageException;
import id.akademikoperasi.catalog.infrastructure.pkg.CoursePackageReader;
import id.akademikoperasi.catalog.infrastructure.pkg.PackageLimits;
import id.akademikoperasi.catalog.infrastructure.pkg.PackageProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Imports the shipped curriculum (every folder of {@code content/} that has a course.yml) at startup. Each course
 * is imported on its own: a broken course is reported with file and line and changes nothing, the others go on.
 */
@ApplicationScoped
public class CurriculumImporter {

    private static final Logger LOG = Logger.getLogger(CurriculumImporter.class.getName());

    public record Report(List<CourseImport.Outcome> outcomes, List<String> failures) {
    }

    @Inject
    private CourseImport courseImport;

    public Report importAll(Path contentRoot, Path workDir) {
        List<CourseImport.Outcome> outcomes = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<Path> folders;
        try (Stream<Path> children = Files.list(contentRoot)) {
            folders = children.filter(p -> Files.isRegularFile(p.resolve("course.yml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + contentRoot, e);
        }
        CoursePackageReader reader = new CoursePackageReader(workDir);
        for (Path folder : folders) {
            try (CoursePackage pkg = reader.readDirectory(folder, PackageLimits.defaults())) {
                outcomes.add(courseImport.importPackage(pkg, CourseOrigin.SHIPPED, null, true));
            } catch (CoursePackageException e) {
                for (PackageProblem p : e.problems()) {
                    failures.add(folder.getFileName() + "/" + p.location() + " " + p.messageKey() + " " + p.arguments());
                }
            } catch (RuntimeException e) {
                failures.add(folder.getFileName() + ": " + e);
            }
        }
        LOG.info(() -> "Curriculum import from " + contentRoot + ": " + outcomes);
        failures.forEach(f -> LOG.severe(() -> "Curriculum import problem: " + f));
        return new Report(outcomes, failures);
    }
}
