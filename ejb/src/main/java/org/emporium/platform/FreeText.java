package org.emporium.platform;

/** The rule for what people type into the shop's text boxes (notes, replies, reasons): not empty, not too long. */
public final class FreeText {

    private FreeText() {
    }

    /** The trimmed text, or a VALIDATION refusal if it is blank or longer than {@code max} characters. */
    public static String required(String text, int max) {
        if (text == null || text.isBlank() || text.trim().length() > max) {
            throw new BusinessRuleException("VALIDATION", "Write 1 to " + max + " characters");
        }
        return text.trim();
    }
}
