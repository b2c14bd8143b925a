package org.emporium.catalog.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Pictures for the demo catalog, drawn on request as SVG from the product's address, e.g.
 * {@code /images/generated/huawei-mate-60-smartphone/1.svg}: a coloured card with the product's name, so the demo
 * shop has distinct pictures without shipping image files.
 */
@WebServlet("/images/generated/*")
public class GeneratedPictures extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!path.matches("^/[a-z0-9-]{1,120}/[1-9]\\.svg$")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String[] parts = path.substring(1).split("/");
        String slug = parts[0];
        int number = parts[1].charAt(0) - '0';
        int hue = Math.floorMod(slug.hashCode() + number * 47, 360);
        String title = Arrays.stream(slug.split("-")).filter(w -> !w.isEmpty())
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining(" "));
        String[] lines = wrap(title, 18);
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"600\" viewBox=\"0 0 600 600\">")
                .append("<defs><linearGradient id=\"g\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\">")
                .append("<stop offset=\"0\" stop-color=\"hsl(").append(hue).append(",70%,88%)\"/>")
                .append("<stop offset=\"1\" stop-color=\"hsl(").append((hue + 40) % 360).append(",65%,70%)\"/>")
                .append("</linearGradient></defs>")
                .append("<rect width=\"600\" height=\"600\" fill=\"url(#g)\"/>")
                .append("<circle cx=\"300\" cy=\"230\" r=\"").append(90 + number * 15)
                .append("\" fill=\"hsl(").append(hue).append(",60%,55%)\" opacity=\"0.35\"/>");
        for (int i = 0; i < lines.length; i++) {
            svg.append("<text x=\"300\" y=\"").append(430 + i * 44)
                    .append("\" font-family=\"sans-serif\" font-size=\"36\" text-anchor=\"middle\" fill=\"#1f2328\">")
                    .append(escape(lines[i])).append("</text>");
        }
        svg.append("</svg>");
        response.setContentType("image/svg+xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.getOutputStream().write(svg.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String[] wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String word : text.split(" ")) {
            if (line > 0 && line + word.length() + 1 > width) {
                out.append('\n');
                line = 0;
            } else if (line > 0) {
                out.append(' ');
                line++;
            }
            out.append(word);
            line += word.length();
        }
        String[] lines = out.toString().split("\n");
        return lines.length > 3 ? Arrays.copyOf(lines, 3) : lines;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
