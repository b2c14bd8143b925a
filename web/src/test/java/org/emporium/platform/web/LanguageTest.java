package org.emporium.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void anyChineseBrowserGetsSimplifiedChinese() {
        assertThat(Language.fromBrowser(List.of(Locale.forLanguageTag("zh-CN")).iterator()))
                .isEqualTo(Language.CHINESE);
        assertThat(Language.fromBrowser(List.of(Locale.forLanguageTag("zh-TW")).iterator()))
                .isEqualTo(Language.CHINESE);
        assertThat(Language.fromBrowser(List.of(Locale.GERMAN, Locale.forLanguageTag("zh")).iterator()))
                .isEqualTo(Language.CHINESE);
    }

    @Test
    void everyoneElseGetsEnglish() {
        assertThat(Language.fromBrowser(List.of(Locale.forLanguageTag("en-GB"), Locale.CHINESE).iterator()))
                .isEqualTo(Language.ENGLISH);
        assertThat(Language.fromBrowser(List.of(Locale.FRENCH).iterator())).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromBrowser(null)).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromTag("zh-CN")).isEqualTo(Language.CHINESE);
        assertThat(Language.fromTag("xx")).isEqualTo(Language.ENGLISH);
    }
}
