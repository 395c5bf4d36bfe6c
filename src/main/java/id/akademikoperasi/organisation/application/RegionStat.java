package id.akademikoperasi.organisation.application;

import java.io.Serializable;

/** A sub-region with the number of koperasi and active members in it. */
public record RegionStat(String code, String name, long koperasi, long members) implements Serializable {
}
