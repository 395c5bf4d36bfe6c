package id.akademikoperasi.catalog.infrastructure.pkg;

import id.akademikoperasi.catalog.domain.Bilingual;

import java.util.List;
import java.util.Objects;

/** A module of a course package: its title and its lessons in reading order. */
public record PackageModule(Bilingual title, List<PackageLesson> lessons) {

    public PackageModule {
        Objects.requireNonNull(title, "title");
        lessons = List.copyOf(lessons);
    }
}
