package org.emporium.aftersales.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.emporium.aftersales.Complaint;
import org.emporium.aftersales.ComplaintKind;
import org.emporium.aftersales.ComplaintNote;

/** The JSON of complaints (API.md "After-sales"). */
public final class ComplaintBody {

    private ComplaintBody() {
    }

    /** {@code POST /complaints}: quality or service, optionally about one of the caller's orders. */
    public static class Filing {
        @NotNull
        public ComplaintKind kind;

        @Pattern(regexp = "\\d{18}", message = "{emporium.orderNo}")
        public String orderNo;

        @NotBlank
        @Size(max = 120)
        public String subject;

        @NotBlank
        @Size(max = 2000)
        public String description;
    }

    public static class Text {
        @NotBlank
        @Size(max = 2000)
        public String text;
    }

    public record Note(String author, String text, Instant at) {
        static Note of(ComplaintNote n) {
            return new Note(n.getAuthorKind().name(), n.getText(), n.getWrittenAt());
        }
    }

    public record View(String complaintNo, String kind, String orderNo, Long merchantId, String subject,
                       String status, boolean assigned, String resolution, Instant createdAt, Instant updatedAt,
                       Instant resolvedAt, List<Note> notes, boolean priority) {
        public static View of(Complaint c) {
            return new View(c.getComplaintNo(), c.getKind().name(), c.getOrderNo(), c.getMerchantId(),
                    c.getSubject(), c.getStatus().name(), c.getAssigneeId() != null, c.getResolution(),
                    c.getCreatedAt(), c.getUpdatedAt(), c.getResolvedAt(), c.getNotes().stream().map(Note::of)
                    .toList(), c.isPriority());
        }
    }
}
