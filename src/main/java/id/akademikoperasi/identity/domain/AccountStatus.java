package id.akademikoperasi.identity.domain;

public enum AccountStatus { ACTIVE, DISABLED }
