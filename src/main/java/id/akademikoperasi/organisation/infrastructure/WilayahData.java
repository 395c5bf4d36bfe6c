package id.akademikoperasi.organisation.infrastructure;

import id.akademikoperasi.organisation.domain.RegionCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Every region of Indonesia by Kepmendagri No. 300.2.2-2138/2025 (cahyadsn/wilayah, MIT licence; the notice
 * ships beside the file). Reads the {@code ('code','name')} tuples of the shipped SQL dump.
 */
public final class WilayahData {

    public record Entry(RegionCode code, String name) {
    }

    static final String RESOURCE = "/id/akademikoperasi/organisation/wilayah-kepmendagri-2025.sql.gz";
    private static final Pattern TUPLE = Pattern.compile("\\('([0-9.]+)','((?:[^'\\\\]|''|\\\\.)*)'\\)");

    /** The regions whose code satisfies the filter, parents before children. */
    public static List<Entry> read(Predicate<RegionCode> filter) {
        try (InputStream in = WilayahData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("region data " + RESOURCE + " is missing from the build");
            }
            return parse(new GZIPInputStream(in), filter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> parse(InputStream sql, Predicate<RegionCode> filter) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(sql, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                Matcher m = TUPLE.matcher(line);
                while (m.find()) {
                    RegionCode code = RegionCode.of(m.group(1));
                    if (filter.test(code)) {
                        entries.add(new Entry(code, unescape(m.group(2))));
                    }
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::code));
        return entries;
    }

    private static String unescape(String sqlText) {
        return sqlText.replace("''", "'").replace("\\'", "'").replace("\\\\", "\\");
    }

    private WilayahData() {
    }
}
