package org.emporium.shipping;

import java.util.List;
import java.util.Optional;

/**
 * The provincial-level divisions of mainland China (省级行政区) under their full official names, which is how
 * freight rules name regions. Addresses are typed by hand, so {@link #canonical(String)} also accepts the short
 * name ("浙江", "新疆", "上海") and returns the full one; matching then stays exact on the full name.
 */
public final class Provinces {

    /** Full name and short name, in the usual order (municipalities, provinces, autonomous regions). */
    private static final String[][] NAMES = {
            {"北京市", "北京"}, {"天津市", "天津"}, {"上海市", "上海"}, {"重庆市", "重庆"},
            {"河北省", "河北"}, {"山西省", "山西"}, {"辽宁省", "辽宁"}, {"吉林省", "吉林"}, {"黑龙江省", "黑龙江"},
            {"江苏省", "江苏"}, {"浙江省", "浙江"}, {"安徽省", "安徽"}, {"福建省", "福建"}, {"江西省", "江西"},
            {"山东省", "山东"}, {"河南省", "河南"}, {"湖北省", "湖北"}, {"湖南省", "湖南"}, {"广东省", "广东"},
            {"海南省", "海南"}, {"四川省", "四川"}, {"贵州省", "贵州"}, {"云南省", "云南"}, {"陕西省", "陕西"},
            {"甘肃省", "甘肃"}, {"青海省", "青海"},
            {"内蒙古自治区", "内蒙古"}, {"广西壮族自治区", "广西"}, {"西藏自治区", "西藏"},
            {"宁夏回族自治区", "宁夏"}, {"新疆维吾尔自治区", "新疆"}};

    /** The full names, for pickers in the back office. */
    public static final List<String> ALL = java.util.Arrays.stream(NAMES).map(n -> n[0]).toList();

    private Provinces() {
    }

    /** The full name of a province given by its full or short name; empty if it is not one of {@link #ALL}. */
    public static Optional<String> canonical(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String trimmed = name.trim();
        for (String[] n : NAMES) {
            if (n[0].equals(trimmed) || n[1].equals(trimmed)) {
                return Optional.of(n[0]);
            }
        }
        return Optional.empty();
    }
}
