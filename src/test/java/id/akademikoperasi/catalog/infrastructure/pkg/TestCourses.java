package id.akademikoperasi.catalog.infrastructure.pkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A small valid course to break line by line, and zips made of course folders. */
final class TestCourses {

    /** Line numbers matter: the tests name them. */
    static final String MANIFEST = """
            code: KOP-99
            title:
              id: "Kursus Uji"
              en: "Test Course"
            summary:
              id: "Ringkasan kursus uji."
              en: "Summary of the test course."
            category: KEUANGAN
            level: DASAR
            estimatedMinutes: 60
            leadsTo: [MANAJER_UNIT_USAHA]
            modules:
              - title:
                  id: "Modul Satu"
                  en: "Module One"
                lessons:
                  - file: lessons/01-a.md
                    title:
                      id: "Pelajaran A"
                      en: "Lesson A"
                    minutes: 20
                  - file: lessons/02-b.md
                    title:
                      id: "Pelajaran B"
                    minutes: 20
            questionBanks:
              - file: questions/bank.gift
            finalExam:
              title:
                id: "Ujian Akhir: Kursus Uji"
              bank: questions/bank.gift
              questionCount: 10
              passMark: 70
              timeLimitMinutes: 20
              maxAttempts: 3
              waitMinutes: 10
            """;

    static final String LESSON_A = "## Bagian pertama\n\nTeks pelajaran A.\n";
    static final String LESSON_B = "## Bagian pertama\n\nTeks pelajaran B.\n";
    static final String BANK = "::KOP-99-Q01::Koperasi dimiliki anggotanya.{T}\n";

    /** The manifest with line {@code number} (1-based) replaced. */
    static String withLine(int number, String replacement) {
        List<String> lines = new ArrayList<>(MANIFEST.lines().toList());
        lines.set(number - 1, replacement);
        return String.join("\n", lines) + "\n";
    }

    /** The manifest without line {@code number}. */
    static String withoutLine(int number) {
        List<String> lines = new ArrayList<>(MANIFEST.lines().toList());
        lines.remove(number - 1);
        return String.join("\n", lines) + "\n";
    }

    /** Writes the test course with this manifest into {@code folder}. */
    static Path write(Path folder, String manifest) {
        return write(folder, files(manifest));
    }

    static Map<String, byte[]> files(String manifest) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("course.yml", manifest.getBytes(StandardCharsets.UTF_8));
        files.put("lessons/01-a.md", LESSON_A.getBytes(StandardCharsets.UTF_8));
        files.put("lessons/02-b.md", LESSON_B.getBytes(StandardCharsets.UTF_8));
        files.put("questions/bank.gift", BANK.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    static Path write(Path folder, Map<String, byte[]> files) {
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of a folder by its path inside it, prefixed (e.g. {@code "kursus/"}), in a stable order. */
    static Map<String, byte[]> filesOf(Path folder, String prefix) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                files.put(prefix + PackageFileTree.relative(folder, path), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static Map<String, byte[]> prefixed(String prefix, Map<String, byte[]> files) {
        Map<String, byte[]> result = new LinkedHashMap<>();
        files.forEach((name, bytes) -> result.put(prefix + name, bytes));
        return result;
    }

    /** Files and folders left in a work folder. */
    static List<Path> leftIn(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestCourses() {
    }
}
