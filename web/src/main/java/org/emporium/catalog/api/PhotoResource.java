package org.emporium.catalog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import org.emporium.catalog.MediaService;
import org.emporium.platform.BusinessRuleException;

/**
 * Shoppers' photos (晒单, after-sales evidence): the picture is the request body; {@code POST /media/photos} → 201
 * {@code {"url","mediumUrl","thumbUrl",...}}, whose {@code url} goes in a review's or an after-sales request's
 * {@code photos}. Checked like the merchants' pictures: too large 413, not a picture 415.
 */
@Path("media/photos")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"CUSTOMER", "MERCHANT", "ADMIN", "FINANCE", "SERVICE"})
public class PhotoResource {

    @Inject
    MediaService media;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(InputStream body) throws IOException {
        byte[] bytes = MediaResource.read(body, media.pictureMaxBytes());
        if (bytes == null) {
            return MediaResource.tooLarge(media.pictureMaxBytes());
        }
        try {
            long caller = Long.parseLong(security.getUserPrincipal().getName());
            return Response.status(Response.Status.CREATED).entity(media.storePicture(bytes, caller)).build();
        } catch (BusinessRuleException e) {
            return MediaResource.refused(e);
        }
    }
}
