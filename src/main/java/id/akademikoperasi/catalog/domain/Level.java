package id.akademikoperasi.catalog.domain;

public enum Level { DASAR, MENENGAH, LANJUT }
