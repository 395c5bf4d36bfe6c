package id.akademikoperasi.catalog.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CatalogSearchTermsTest {

    @Test
    void wordsBecomeRequiredPrefixesAndOperatorsAreDropped() {
        assertEquals("+laporan* +keuangan*", CatalogService.booleanTerms("Laporan  keuangan"));
        assertEquals("+shu*", CatalogService.booleanTerms("SHU"));
        assertEquals("+harga* +jual*", CatalogService.booleanTerms("+harga -jual* \"\""));
        assertEquals("", CatalogService.booleanTerms("a ~ <"));
        assertEquals("", CatalogService.booleanTerms(null));
    }
}
