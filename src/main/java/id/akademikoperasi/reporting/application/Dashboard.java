package id.akademikoperasi.reporting.application;

import id.akademikoperasi.organisation.application.RegionView;
import id.akademikoperasi.reporting.domain.Figures;
import id.akademikoperasi.reporting.domain.Readiness;
import id.akademikoperasi.reporting.domain.Sheet;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One level of the office dashboard: the region ({@code path} ends with it; empty for all of Indonesia), its total,
 * one row per region one level down (for a kelurahan/desa: its koperasi), figures by course and by scheme, the
 * certificates issued per month, and — for a koperasi — its board readiness per position.
 */
public record Dashboard(String code, String name, List<RegionView> path, Figures total, List<Figures> rows,
                        boolean rowsDrillable, List<Course> courses, List<Scheme> schemes,
                        Map<String, Map<String, Long>> issuedByMonth, Readiness readiness, String koperasiName)
        implements Serializable {

    public record Course(String code, String title, Sheet.CourseLine figures) implements Serializable {
    }

    public record Scheme(String code, String name, Sheet.SchemeLine figures) implements Serializable {
    }

    public boolean isKoperasi() {
        return readiness != null;
    }
}
