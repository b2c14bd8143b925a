package org.emporium.merchant.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.emporium.merchant.Merchant;
import org.emporium.merchant.Merchants;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Language;

/** A shop's name in the visitor's language, for pages that list orders of several shops. */
@Named
@RequestScoped
public class MerchantNames {

    @Inject
    Merchants merchants;

    @Inject
    Language language;

    private final Map<Long, String> names = new HashMap<>();

    public String of(long merchantId) {
        return names.computeIfAbsent(merchantId, id -> {
            try {
                Merchant m = merchants.get(id);
                return language.isChinese() || m.getNameEn() == null ? m.getName() : m.getNameEn();
            } catch (NotFoundException e) {
                return String.valueOf(id);
            }
        });
    }
}
