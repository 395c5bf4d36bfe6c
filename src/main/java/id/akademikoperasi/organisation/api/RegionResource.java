package id.akademikoperasi.organisation.api;

import id.akademikoperasi.organisation.application.RegionDirectory;
import id.akademikoperasi.organisation.application.RegionView;
import id.akademikoperasi.organisation.domain.RegionCode;
import id.akademikoperasi.shared.api.ErrorBody;
import id.akademikoperasi.shared.web.LocaleView;
import id.akademikoperasi.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Public reference data: the regions loaded into this installation, one level at a time. */
@Path("v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Regions", description = "Official Kemendagri regions loaded in this installation")
public class RegionResource {

    @Inject
    private RegionDirectory regions;

    @GET
    @Operation(summary = "The provinces")
    public Response provinces() {
        return cached(regions.provinces());
    }

    @GET
    @Path("{code}/children")
    @Operation(summary = "The sub-regions of a region", description = "Code such as 64.74 (Kota Bontang).")
    @APIResponse(responseCode = "200", description = "The sub-regions, by name")
    @APIResponse(responseCode = "404", description = "No such region")
    public Response children(@PathParam("code") String code) {
        if (!RegionCode.isValid(code) || regions.find(RegionCode.of(code)).isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(new ErrorBody("REGION_UNKNOWN", Messages.text(LocaleView.INDONESIAN, "organisation.region.unknown", code))).build();
        }
        return cached(regions.children(RegionCode.of(code)));
    }

    private static Response cached(List<RegionView> body) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(body).cacheControl(cache).build();
    }
}
