package org.emporium.aftersales;

/**
 * A complaint ticket's life: OPEN until customer service takes it (IN_PROGRESS), RESOLVED with an answer; the buyer
 * then CLOSEs it, or writes again, which puts it back IN_PROGRESS.
 */
public enum ComplaintStatus {
    OPEN,
    IN_PROGRESS,
    RESOLVED,
    CLOSED
}
