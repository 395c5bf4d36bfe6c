package id.akademikoperasi.organisation.infrastructure;

import id.akademikoperasi.organisation.domain.RegionCode;
import id.akademikoperasi.organisation.domain.RegionLevel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WilayahDataTest {

    @Test
    void theShippedDataHoldsEveryRegionOfIndonesia() {
        List<WilayahData.Entry> all = WilayahData.read(code -> true);
        Map<RegionLevel, Long> perLevel = all.stream().collect(Collectors.groupingBy(e -> e.code().level(), Collectors.counting()));
        assertEquals(38L, perLevel.get(RegionLevel.PROVINSI));
        assertEquals(514L, perLevel.get(RegionLevel.KABUPATEN_KOTA));
        assertEquals(7_285L, perLevel.get(RegionLevel.KECAMATAN));
        assertEquals(83_762L, perLevel.get(RegionLevel.KELURAHAN_DESA));
    }

    @Test
    void everyParentComesBeforeItsChildren() {
        List<WilayahData.Entry> all = WilayahData.read(code -> code.isWithin(RegionCode.of("64")));
        Map<RegionCode, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            position.put(all.get(i).code(), i);
        }
        for (WilayahData.Entry entry : all) {
            entry.code().parent().ifPresent(parent -> assertTrue(position.get(parent) < position.get(entry.code()),
                    parent + " before " + entry.code()));
        }
    }

    @Test
    void kotaBontangHasThreeKecamatanAndFifteenKelurahan() {
        Map<RegionCode, String> bontang = WilayahData.read(code -> code.isWithin(RegionCode.of("64.74"))).stream()
                .collect(Collectors.toMap(WilayahData.Entry::code, WilayahData.Entry::name));
        assertEquals("Kota Bontang", bontang.get(RegionCode.of("64.74")));
        assertEquals("Guntung", bontang.get(RegionCode.of("64.74.01.1004")));
        assertEquals(3, bontang.keySet().stream().filter(c -> c.level() == RegionLevel.KECAMATAN).count());
        assertEquals(15, bontang.keySet().stream().filter(c -> c.level() == RegionLevel.KELURAHAN_DESA).count());
        assertTrue(bontang.keySet().stream().filter(c -> c.level() == RegionLevel.KELURAHAN_DESA).allMatch(RegionCode::isKelurahan));
    }

    @Test
    void quotedNamesAreUnescaped() throws Exception {
        String sql = "INSERT INTO wilayah VALUES ('11.01.01.2001','Pasi Kuala Ba''u'),\n('11.01.01.2002','Dayah O\\'ne');";
        Map<String, String> names = WilayahData.parse(new ByteArrayInputStream(sql.getBytes(StandardCharsets.UTF_8)), c -> true)
                .stream().collect(Collectors.toMap(e -> e.code().value(), WilayahData.Entry::name));
        assertEquals("Pasi Kuala Ba'u", names.get("11.01.01.2001"));
        assertEquals("Dayah O'ne", names.get("11.01.01.2002"));
    }
}
