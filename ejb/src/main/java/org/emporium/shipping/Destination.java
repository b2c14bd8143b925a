package org.emporium.shipping;

import java.util.Locale;
import org.emporium.account.Address;

/**
 * Where goods go, as far as freight and tax care: country (ISO 3166 two letters), province and city. Values are
 * trimmed; in China a province given by its short name ("浙江") becomes its full name ("浙江省", see
 * {@link Provinces}), so rules match exactly on full names.
 */
public record Destination(String country, String province, String city) {

    public static final String CHINA = "CN";

    public Destination {
        country = country == null || country.isBlank() ? CHINA : country.trim().toUpperCase(Locale.ROOT);
        String p = province == null ? "" : province.trim();
        province = CHINA.equals(country) ? Provinces.canonical(p).orElse(p) : p;
        city = city == null ? "" : city.trim();
    }

    public static Destination of(Address address) {
        return new Destination(address.getCountry(), address.getProvince(), address.getCity());
    }

    public boolean isDomestic() {
        return CHINA.equals(country);
    }
}
