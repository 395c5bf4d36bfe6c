package id.akademikoperasi.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The public REST API under {@code /api}; its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Akademi Koperasi API", version = "1",
        description = "Public reference data and certificate verification of Akademi Koperasi.",
        license = @License(name = "Region data: MIT (cahyadsn/wilayah)")))
public class RestApplication extends Application {
}
