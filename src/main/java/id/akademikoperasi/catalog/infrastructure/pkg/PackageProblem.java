package id.akademikoperasi.catalog.infrastructure.pkg;

import java.util.List;

/**
 * One thing wrong with a course package: where (a path inside the package, or {@code null} for the package as a
 * whole; the line, or 0 when the problem is not about one line), a message key of the resource bundle
 * ({@code catalog.package.…}) and the values the message needs.
 *
 * <p>Messages do not repeat the place: a page shows {@link #location()} ({@code course.yml:12}) in front of the
 * message text.
 */
public record PackageProblem(String file, int line, String messageKey, List<Object> arguments) {

    public PackageProblem {
        if (messageKey == null || messageKey.isBlank()) {
            throw new IllegalArgumentException("a package problem needs a message key");
        }
        if (line < 0) {
            throw new IllegalArgumentException("a line number starts at 1 (0: not about one line)");
        }
        arguments = List.copyOf(arguments);
    }

    public static PackageProblem of(String file, int line, String messageKey, Object... arguments) {
        return new PackageProblem(file, line, messageKey, List.of(arguments));
    }

    /** {@code course.yml:12}, {@code lessons/01-intro.md}, or empty for the package as a whole. */
    public String location() {
        if (file == null) {
            return "";
        }
        return line > 0 ? file + ":" + line : file;
    }
}
