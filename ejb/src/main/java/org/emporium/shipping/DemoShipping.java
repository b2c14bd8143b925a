package org.emporium.shipping;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;

/**
 * The demo merchants' freight templates, so checkout shows real freight on first start: the first merchant ships
 * from 杭州 (江浙沪皖 cheaper), the second from 深圳 (华南 cheaper); both charge ¥8 for the first kilogram plus ¥2 per
 * further 500 g elsewhere, more to remote provinces (which free shipping does not cover), offer express, same-city
 * delivery and pickup. Demo mode only; a merchant that has templates already is left alone.
 */
@Stateless
public class DemoShipping {

    static final List<String> REMOTE = List.of("新疆维吾尔自治区", "西藏自治区", "青海省", "甘肃省", "宁夏回族自治区",
            "内蒙古自治区");

    @Inject
    FreightTemplates templates;

    /** Gives each merchant without a template its demo template. Returns how many were created. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int createTemplates(long[] merchantIds) {
        int created = 0;
        for (int i = 0; i < merchantIds.length; i++) {
            if (templates.list(merchantIds[i]).isEmpty()) {
                templates.create(merchantIds[i], i % 2 == 0 ? hangzhou() : shenzhen());
                created++;
            }
        }
        return created;
    }

    static FreightTemplateDraft hangzhou() {
        return template("杭州发货（满99包邮）", "浙江省", "杭州市", "99.00", "杭州市西湖区文三路 90 号 Emporium 自提点",
                List.of("浙江省", "江苏省", "上海市", "安徽省"));
    }

    static FreightTemplateDraft shenzhen() {
        return template("深圳发货（满88包邮）", "广东省", "深圳市", "88.00", "深圳市南山区科技园南区 优选生活馆门店",
                List.of("广东省", "广西壮族自治区", "福建省", "海南省"));
    }

    private static FreightTemplateDraft template(String name, String province, String city, String threshold,
                                                 String pickupAddress, List<String> nearby) {
        FreightTemplateDraft d = new FreightTemplateDraft();
        d.name = name;
        d.shipFromProvince = province;
        d.shipFromCity = city;
        d.freeThreshold = new BigDecimal(threshold);
        d.pickupEnabled = true;
        d.pickupAddress = pickupAddress;
        d.isDefault = true;
        d.rules.add(rule("standard", nearby, 1000, "6.00", 500, "1.00", true));
        d.rules.add(rule("standard", List.of(), 1000, "8.00", 500, "2.00", true));
        d.rules.add(rule("standard", REMOTE, 1000, "18.00", 500, "6.00", false));
        d.rules.add(rule("express", nearby, 1000, "12.00", 500, "3.00", false));
        d.rules.add(rule("express", List.of(), 1000, "18.00", 500, "5.00", false));
        d.rules.add(rule("express", REMOTE, 1000, "28.00", 500, "10.00", false));
        d.rules.add(rule("same-city", List.of(), 3000, "10.00", 1000, "2.00", false));
        return d;
    }

    private static FreightTemplateDraft.RuleDraft rule(String method, List<String> provinces, int firstGrams,
                                                       String firstFee, int stepGrams, String stepFee, boolean free) {
        return new FreightTemplateDraft.RuleDraft(method, provinces, firstGrams, firstFee, stepGrams, stepFee, free);
    }
}
