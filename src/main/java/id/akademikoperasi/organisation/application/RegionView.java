package id.akademikoperasi.organisation.application;

import id.akademikoperasi.organisation.domain.RegionLevel;

import java.io.Serializable;

/** A region as pages show it. */
public record RegionView(String code, String name, RegionLevel level) implements Serializable {
}
