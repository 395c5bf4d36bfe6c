package id.akademikoperasi.catalog.web;

import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.catalog.application.CatalogViews.CourseCard;
import id.akademikoperasi.catalog.domain.Category;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;

/** {@code /courses?kategori=KEUANGAN&q=shu}: the published courses, by category and search words (GET, bookmarkable). */
@Named
@RequestScoped
public class CatalogView {

    @Inject
    private CatalogService catalog;

    private String kategori;
    private String q;
    private List<CourseCard> courses;

    public List<CourseCard> getCourses() {
        if (courses == null) {
            courses = catalog.search(category(), q, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return courses;
    }

    private Category category() {
        return Arrays.stream(Category.values()).filter(c -> c.name().equals(kategori)).findFirst().orElse(null);
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public String getKategori() { return kategori; }
    public void setKategori(String kategori) { this.kategori = kategori; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q == null ? null : q.length() > 100 ? q.substring(0, 100) : q; }
}
