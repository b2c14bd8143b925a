package org.emporium.platform.api;

import java.util.List;

/** The one error body of the API: {@code {"error": CODE, "message": text, "details": [...]}}. */
public record ApiError(String error, String message, List<Detail> details) {

    /** One problem with one field of the request. */
    public record Detail(String field, String message) {
    }

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, List.of());
    }
}
