package org.emporium.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the pages: Simplified Chinese for browsers that ask for any Chinese, English otherwise, until
 * the visitor picks one with the switcher (remembered in a cookie for a year).
 */
@Named
@SessionScoped
public class Language implements Serializable {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);
    static final String COOKIE = "emporium-lang";

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = initial(FacesContext.getCurrentInstance().getExternalContext());
        }
        return locale;
    }

    /** The language tag for the html element, e.g. "zh-CN". */
    public String getTag() {
        return getLocale().toLanguageTag();
    }

    public boolean isChinese() {
        return CHINESE.equals(getLocale());
    }

    /** Switches the language and reloads the current page (GET), so the URL stays bookmarkable. */
    public String switchTo(String tag) {
        locale = fromTag(tag);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        faces.getExternalContext().addResponseCookie(COOKIE, locale.toLanguageTag(), Map.of(
                "maxAge", 365 * 24 * 3600, "path", "/", "httpOnly", Boolean.TRUE, "SameSite", "Lax"));
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    static Locale fromTag(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : ENGLISH;
    }

    private static Locale initial(ExternalContext context) {
        Object request = context.getRequest();
        if (request instanceof HttpServletRequest http && http.getCookies() != null) {
            for (Cookie cookie : http.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return fromTag(cookie.getValue());
                }
            }
        }
        return fromBrowser(context.getRequestLocales());
    }

    /** The first language the browser asks for that we speak; any Chinese means Simplified Chinese. */
    static Locale fromBrowser(Iterator<Locale> requested) {
        while (requested != null && requested.hasNext()) {
            Locale l = requested.next();
            if ("zh".equals(l.getLanguage())) {
                return CHINESE;
            }
            if ("en".equals(l.getLanguage())) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }
}
