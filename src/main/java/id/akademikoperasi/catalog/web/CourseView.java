package id.akademikoperasi.catalog.web;

import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.catalog.application.CatalogViews.CourseOutline;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;

/** {@code /course?kode=KOP-01}: the modules and lessons of a course, and what it leads to. */
@Named
@RequestScoped
public class CourseView {

    @Inject
    private CatalogService catalog;

    private String kode;
    private CourseOutline outline;

    public void load() throws IOException {
        outline = catalog.outline(kode, FacesContext.getCurrentInstance().getViewRoot().getLocale()).orElse(null);
        if (outline == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "course");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public CourseOutline getOutline() { return outline; }
    public String getKode() { return kode; }
    public void setKode(String kode) { this.kode = kode; }
}
