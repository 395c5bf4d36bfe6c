package id.akademikoperasi.organisation.application;

/**
 * Regions and their koperasi were bulk-loaded (all of Indonesia, or one province); fired inside the loading
 * transaction, so whatever counts koperasi per region counts the new ones with the load or not at all.
 */
public record KoperasiLoaded(String provinceCode, int koperasiAdded) {
}
