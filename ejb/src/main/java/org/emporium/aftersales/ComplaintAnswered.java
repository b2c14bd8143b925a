package org.emporium.aftersales;

/** Customer service wrote to the buyer about a complaint, or resolved it. */
public record ComplaintAnswered(String complaintNo, long buyerId, ComplaintStatus status) {
}
