package org.emporium.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.emporium.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

class FreightTemplateDraftTest {

    private static FreightTemplateDraft draft(FreightTemplateDraft.RuleDraft... rules) {
        FreightTemplateDraft d = new FreightTemplateDraft();
        d.name = "t";
        d.shipFromProvince = "浙江省";
        d.shipFromCity = "杭州市";
        d.rules.addAll(List.of(rules));
        return d;
    }

    private static FreightTemplateDraft.RuleDraft rule(String method, String... provinces) {
        return new FreightTemplateDraft.RuleDraft(method, List.of(provinces), 1000, "8", 500, "2", true);
    }

    @Test
    void aConsistentDraftPasses() {
        FreightTemplateDraft d = draft(rule("standard"), rule("standard", "西藏"), rule("express", "西藏"),
                rule("same-city"));
        assertThat(d.consistent()).isTrue();
    }

    @Test
    void oneDefaultRulePerMethod() {
        FreightTemplateDraft d = draft(rule("standard"), rule("standard"));
        assertThat(d.isRuleDefaultOncePerMethod()).isFalse();
        assertThatThrownBy(() -> new FreightTemplate(1L, d, Instant.EPOCH))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aProvinceOncePerMethodEvenUnderItsShortName() {
        assertThat(draft(rule("standard", "西藏自治区"), rule("standard", "西藏")).isRuleProvinceOncePerMethod())
                .isFalse();
        assertThat(draft(rule("standard", "西藏"), rule("express", "西藏")).isRuleProvinceOncePerMethod()).isTrue();
    }

    @Test
    void provincesMustBeKnown() {
        assertThat(draft(rule("standard", "火星省")).isRuleProvincesKnown()).isFalse();
        FreightTemplateDraft d = draft(rule("standard"));
        d.shipFromProvince = "Zhejiang";
        assertThat(d.isShipFromProvinceKnown()).isFalse();
    }

    @Test
    void sameCityRulesNameNoProvinces() {
        assertThat(draft(rule("same-city", "浙江省")).isRuleSameCityEverywhere()).isFalse();
    }

    @Test
    void aTemplateMustOfferSomething() {
        FreightTemplateDraft d = draft();
        assertThat(d.isSomeMethodOffered()).isFalse();
        d.pickupEnabled = true;
        assertThat(d.isSomeMethodOffered()).isTrue();
    }

    @Test
    void aTemplateRoundTripsThroughItsDraft() {
        FreightTemplate template = new FreightTemplate(1L, DemoShipping.hangzhou(), Instant.EPOCH);
        FreightTemplate copy = new FreightTemplate(1L, template.toDraft(), Instant.EPOCH);
        assertThat(copy.getRules()).hasSameSizeAs(template.getRules());
        assertThat(copy.toDraft().rules.get(2).provinces).isEqualTo(template.toDraft().rules.get(2).provinces);
        assertThat(copy.getFreeThreshold()).isEqualTo(template.getFreeThreshold());
    }

    @Test
    void provincesAreKnownByFullAndShortName() {
        assertThat(Provinces.ALL).hasSize(31).contains("浙江省", "新疆维吾尔自治区");
        assertThat(Provinces.canonical(" 内蒙古 ")).contains("内蒙古自治区");
        assertThat(Provinces.canonical("杭州")).isEmpty();
        assertThat(new Destination(null, "浙江", " 杭州市 ")).isEqualTo(new Destination("CN", "浙江省", "杭州市"));
        assertThat(new Destination("hk", "香港", "香港").province()).isEqualTo("香港");
    }
}
