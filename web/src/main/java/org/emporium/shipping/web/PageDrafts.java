package org.emporium.shipping.web;

import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import org.emporium.platform.web.Feedback;

/**
 * Checks a draft (freight template, tax rate) with Bean Validation in the page's language and shows each problem
 * as "field #row: problem", the field named by the bundle key {@code prefix + property path without indexes}.
 */
public final class PageDrafts {

    private PageDrafts() {
    }

    public static <T> boolean valid(ValidatorFactory validation, FacesContext faces, T draft, String prefix) {
        Locale locale = faces.getViewRoot().getLocale();
        MessageInterpolator standard = validation.getMessageInterpolator();
        MessageInterpolator inPageLanguage = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return standard.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale other) {
                return standard.interpolate(template, context, other);
            }
        };
        Set<ConstraintViolation<T>> violations = validation.usingContext().messageInterpolator(inPageLanguage)
                .getValidator().validate(draft);
        violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> Feedback.error("admin.product.problem", label(v.getPropertyPath(), prefix),
                        v.getMessage()));
        return violations.isEmpty();
    }

    static String labelKey(Path path, String prefix) {
        StringBuilder key = new StringBuilder(prefix);
        for (Path.Node node : path) {
            if (node.getName() != null && !node.getName().startsWith("<")) {
                key.append('.').append(node.getName());
            }
        }
        return key.toString();
    }

    private static String label(Path path, String prefix) {
        Integer row = null;
        for (Path.Node node : path) {
            if (row == null && node.getIndex() != null) {
                row = node.getIndex() + 1;
            }
        }
        String label = Feedback.text(labelKey(path, prefix));
        return row == null ? label : label + " #" + row;
    }
}
