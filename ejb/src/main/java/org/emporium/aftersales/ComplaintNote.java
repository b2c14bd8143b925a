package org.emporium.aftersales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.emporium.order.ActorKind;

/** One message in a complaint's conversation, by the buyer or customer service. Never changed once written. */
@Entity
@Table(name = "complaint_note")
public class ComplaintNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "complaint_id", updatable = false)
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind", nullable = false, length = 16, updatable = false)
    private ActorKind authorKind;

    @Column(name = "author_id", updatable = false)
    private Long authorId;

    @Column(name = "text", nullable = false, length = 2000, updatable = false)
    private String text;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected ComplaintNote() {
        // for JPA
    }

    ComplaintNote(Complaint complaint, ActorKind authorKind, Long authorId, String text, Instant writtenAt) {
        this.complaint = complaint;
        this.authorKind = authorKind;
        this.authorId = authorId;
        this.text = text;
        this.writtenAt = writtenAt;
    }

    public ActorKind getAuthorKind() {
        return authorKind;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getText() {
        return text;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
