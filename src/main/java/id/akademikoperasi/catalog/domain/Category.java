package id.akademikoperasi.catalog.domain;

/** The four subject areas of the curriculum. */
public enum Category { KEWIRAUSAHAAN, TATA_KELOLA, KEUANGAN, UNIT_USAHA }
