package id.akademikoperasi.catalog.web;

import id.akademikoperasi.catalog.application.CatalogService;
import id.akademikoperasi.catalog.application.CatalogViews.LessonPage;
import id.akademikoperasi.identity.application.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;

/** {@code /learn/lesson?kode=KOP-01&no=2}: one lesson, with its materials and previous / next. */
@Named
@RequestScoped
public class LessonView {

    @Inject
    private CatalogService catalog;

    @Inject
    private CurrentUser currentUser;

    private String kode;
    private Integer no;
    private LessonPage page;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        page = no == null ? null
                : catalog.lesson(currentUser.require(), kode, no, faces.getViewRoot().getLocale()).orElse(null);
        if (page == null) {
            faces.getExternalContext().responseSendError(404, "lesson");
            faces.responseComplete();
        }
    }

    public LessonPage getPage() { return page; }
    public String getKode() { return kode; }
    public void setKode(String kode) { this.kode = kode; }
    public Integer getNo() { return no; }
    public void setNo(Integer no) { this.no = no; }
}
