package org.emporium.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API at /api/v1 (contract: API.md; generated description at /openapi). */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Emporium API", version = "1",
        description = "Accounts, catalog, cart, orders and payments of the Emporium shop"))
public class ShopApi extends Application {
}
