package id.akademikoperasi.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bahasa Indonesia and English have the same keys, every key a page or service names exists, no text is literal. */
class BundlesTest {

    private static final Path SOURCES = Path.of("src/main");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/id/akademikoperasi/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> indonesian = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        Set<String> onlyIndonesian = new TreeSet<>(indonesian);
        onlyIndonesian.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(indonesian);
        assertEquals(Set.of(), onlyIndonesian, "keys missing in messages_en.properties");
        assertEquals(Set.of(), onlyEnglish, "keys missing in messages.properties");
    }

    @Test
    void indonesianIsChosenForIndonesianEvenWhenTheJvmSpeaksEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ResourceBundle.clearCache();
            assertEquals("Masuk", ResourceBundle.getBundle("id.akademikoperasi.messages", Locale.forLanguageTag("id")).getString("login.title"));
            assertEquals("Log in", ResourceBundle.getBundle("id.akademikoperasi.messages", Locale.ENGLISH).getString("login.title"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyKeyThePagesAndServicesUseExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern inPages = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");
        Pattern inJava = Pattern.compile("(?<!event\\()\"((?:identity|organisation|shared|common|admin|coop|office|member|files|catalog|lesson|trainer|assessment|learning)\\.[a-zA-Z0-9_.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.toString();
                Pattern pattern = name.endsWith(".xhtml") ? inPages : name.endsWith(".java") ? inJava : null;
                if (pattern == null) {
                    continue;
                }
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    boolean prefixOfDynamicKey = key.endsWith(".");
                    if (!prefixOfDynamicKey && !keys.contains(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void pagesHaveNoLiteralText() throws IOException {
        Pattern textBetweenTags = Pattern.compile(">\\s*([A-Za-z][^<#{]*[A-Za-z])\\s*<");
        Set<String> literal = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve("webapp"))) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = textBetweenTags.matcher(Files.readString(page));
                while (m.find()) {
                    literal.add(page.getFileName() + ": " + m.group(1).strip());
                }
            }
        }
        assertTrue(literal.isEmpty(), "literal text in pages: " + literal);
    }
}
