package id.akademikoperasi.organisation.application;

/**
 * Regions and their koperasi were bulk-loaded (all of Indonesia, or one province), after the load committed.
 * Whatever counts koperasi per region recounts them.
 */
public record KoperasiLoaded(String provinceCode, int koperasiAdded) {
}
