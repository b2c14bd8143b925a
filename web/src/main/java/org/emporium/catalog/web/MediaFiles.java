package org.emporium.catalog.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.emporium.catalog.Media;
import org.emporium.catalog.MediaService;

/**
 * Serves uploaded pictures, thumbnails and videos from the database ({@code /media/{key}}), so every node of a
 * cluster has them. A stored file never changes, so browsers and proxies may keep it for a year
 * ({@code immutable}); the ETag is its SHA-256 and a matching {@code If-None-Match} gets 304. Videos answer byte
 * ranges, which browsers use to seek. (The demo catalog's drawn pictures are {@link GeneratedPictures}.)
 */
@WebServlet("/media/*")
public class MediaFiles extends HttpServlet {

    @Inject
    MediaService media;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<Media> found = path.matches("^/[A-Za-z0-9_-]{22}(-(160|480))?$")
                ? media.find(path.substring(1)) : Optional.empty();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Media file = found.get();
        String etag = "\"" + file.getSha256() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setDateHeader("Last-Modified", file.getCreatedAt().toEpochMilli());
        response.setContentType(file.getContentType());
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] content = file.getContent();
        response.setHeader("Accept-Ranges", "bytes");
        long[] range = range(request.getHeader("Range"), content.length);
        if (range == null) {
            response.setContentLengthLong(content.length);
            if (body) {
                response.getOutputStream().write(content);
            }
            return;
        }
        if (range.length == 0) {
            response.setHeader("Content-Range", "bytes */" + content.length);
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        int from = (int) range[0];
        int length = (int) (range[1] - range[0] + 1);
        response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
        response.setHeader("Content-Range", "bytes " + range[0] + "-" + range[1] + "/" + content.length);
        response.setContentLengthLong(length);
        if (body) {
            response.getOutputStream().write(content, from, length);
        }
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One byte range "bytes=a-b", "bytes=a-" or "bytes=-n": {first, last}; null for no (or an unsupported) Range
     * header, which gets the whole file; an empty array for a range outside the file (416).
     */
    static long[] range(String header, long size) {
        if (header == null || !header.matches("^bytes=(\\d{0,18})-(\\d{0,18})$")) {
            return null;
        }
        String[] parts = header.substring(6).split("-", -1);
        long first;
        long last;
        if (parts[0].isEmpty()) {
            if (parts[1].isEmpty()) {
                return null;
            }
            long suffix = Long.parseLong(parts[1]);
            if (suffix == 0) {
                return new long[0];
            }
            first = Math.max(0, size - suffix);
            last = size - 1;
        } else {
            first = Long.parseLong(parts[0]);
            last = parts[1].isEmpty() ? size - 1 : Math.min(Long.parseLong(parts[1]), size - 1);
        }
        if (first >= size || first > last) {
            return new long[0];
        }
        return new long[] {first, last};
    }
}
