package org.emporium.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import jakarta.validation.ConstraintViolation;
import org.emporium.platform.BusinessRuleException;

/** Messages shown on pages, in the visitor's language, from the shop's resource bundle. */
public final class Feedback {

    private static final String BUNDLE = "org.emporium.i18n.messages";

    private Feedback() {
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale(),
                Thread.currentThread().getContextClassLoader());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** Shows a broken business rule in the visitor's words: bundle key "rule.CODE", else the rule's message. */
    public static void error(BusinessRuleException broken) {
        add(FacesMessage.SEVERITY_ERROR, ruleText(broken));
    }

    /** A broken business rule in the visitor's words, for messages that say more around it. */
    public static String ruleText(BusinessRuleException broken) {
        String key = "rule." + broken.code();
        String text = text(key);
        return key.equals(text) ? broken.getMessage() : text;
    }

    /**
     * Shows each violation as "Label: problem", the label read from the bundle as labelPrefix + field name.
     * Returns true when there was nothing to show.
     */
    public static boolean noViolations(Set<? extends ConstraintViolation<?>> violations, String labelPrefix) {
        for (ConstraintViolation<?> violation : violations) {
            String field = violation.getPropertyPath().toString();
            String label = switch (field) {
                case "emailOrMobileGiven" -> text(labelPrefix + "email");
                case "passwordNotOnlyDigits" -> text(labelPrefix + "password");
                default -> text(labelPrefix + field);
            };
            add(FacesMessage.SEVERITY_ERROR, label + ": " + violation.getMessage());
        }
        return violations.isEmpty();
    }

    /** Keeps messages across a redirect (post-redirect-get). */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
