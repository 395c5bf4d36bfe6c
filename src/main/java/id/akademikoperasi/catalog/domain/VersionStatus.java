package id.akademikoperasi.catalog.domain;

public enum VersionStatus { DRAFT, PUBLISHED }
