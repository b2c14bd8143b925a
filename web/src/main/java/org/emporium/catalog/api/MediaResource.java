package org.emporium.catalog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.emporium.catalog.MediaService;
import org.emporium.catalog.web.CallerShop;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.api.ApiError;

/**
 * Uploads for scripts, like the product editor's: the file is the request body (any content type: what it is is
 * decided by its content). {@code POST /admin/media/pictures} → 201 {@code {"url","mediumUrl","thumbUrl",...}},
 * to be listed in a product's {@code images}; {@code POST /admin/media/videos} → 201 {@code {"url"}} for its
 * {@code videoUrl}. Too large: 413 {@code MEDIA_TOO_LARGE}; not a picture/video: 415.
 */
@Path("admin/media")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"MERCHANT", "ADMIN"})
public class MediaResource {

    @Inject
    MediaService media;

    @Inject
    CallerShop callerShop;

    @POST
    @Path("pictures")
    @Consumes(MediaType.WILDCARD)
    public Response picture(InputStream body) throws IOException {
        callerShop.scope(); // 403 for an account that runs no shop
        byte[] bytes = read(body, media.pictureMaxBytes());
        if (bytes == null) {
            return tooLarge(media.pictureMaxBytes());
        }
        try {
            MediaService.StoredPicture stored = media.storePicture(bytes, callerShop.callerId());
            return Response.status(Response.Status.CREATED).entity(stored).build();
        } catch (BusinessRuleException e) {
            return refused(e);
        }
    }

    @POST
    @Path("videos")
    @Consumes(MediaType.WILDCARD)
    public Response video(InputStream body) throws IOException {
        callerShop.scope();
        byte[] bytes = read(body, media.videoMaxBytes());
        if (bytes == null) {
            return tooLarge(media.videoMaxBytes());
        }
        try {
            return Response.status(Response.Status.CREATED)
                    .entity(Map.of("url", media.storeVideo(bytes, callerShop.callerId()))).build();
        } catch (BusinessRuleException e) {
            return refused(e);
        }
    }

    /**
     * At most {@code max} bytes of the body; null when there are more. The rest of a too large body is read and
     * dropped (up to 64 MB), so the client hears the 413 instead of a reset connection.
     */
    static byte[] read(InputStream body, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = body.read(buffer)) > 0; ) {
            total += n;
            if (total > max) {
                if (total > DRAIN_LIMIT) {
                    break;
                }
                continue;
            }
            out.write(buffer, 0, n);
        }
        return total > max ? null : out.toByteArray();
    }

    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    static Response tooLarge(long max) {
        return Response.status(413).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of("MEDIA_TOO_LARGE", "The file is larger than " + max + " bytes")).build();
    }

    static Response refused(BusinessRuleException e) {
        int status = e.code().startsWith("MEDIA_NOT_") ? 415 : e.code().equals("MEDIA_TOO_LARGE") ? 413 : 400;
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ApiError.of(e.code(),
                e.getMessage())).build();
    }
}
