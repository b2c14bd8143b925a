package org.emporium.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** What the buyer writes about one line of a completed order: stars, words, up to nine photos. */
public class ReviewDraft {

    /** The line's number on the order (1, 2, ...). */
    @NotNull
    @Min(1)
    public Integer lineNo;

    @NotNull
    @Min(1)
    @Max(5)
    public Integer rating;

    @Size(max = 2000)
    public String content;

    /** Pictures uploaded before (POST /media/photos). */
    @Size(max = 9)
    public List<@NotNull @Pattern(regexp = "/media/[A-Za-z0-9_-]{22}", message = "{emporium.photo}") String> photos =
            new ArrayList<>();

    public ReviewDraft() {
    }

    public ReviewDraft(int lineNo, int rating, String content, List<String> photos) {
        this.lineNo = lineNo;
        this.rating = rating;
        this.content = content;
        this.photos = new ArrayList<>(photos);
    }
}
