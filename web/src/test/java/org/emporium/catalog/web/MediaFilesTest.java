package org.emporium.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The media servlet's conditional requests and byte ranges, and the editor's size wording. */
class MediaFilesTest {

    @Test
    void anEtagThatTheBrowserHasNeedsNoBody() {
        String etag = "\"abc\"";
        assertThat(MediaFiles.matches(null, etag)).isFalse();
        assertThat(MediaFiles.matches("\"abc\"", etag)).isTrue();
        assertThat(MediaFiles.matches("\"x\", W/\"abc\"", etag)).isTrue();
        assertThat(MediaFiles.matches("*", etag)).isTrue();
        assertThat(MediaFiles.matches("\"abd\"", etag)).isFalse();
    }

    @Test
    void oneByteRangeIsServedAndNonsenseGetsTheWholeFileOr416() {
        assertThat(MediaFiles.range(null, 100)).isNull();
        assertThat(MediaFiles.range("bytes=0-9", 100)).containsExactly(0, 9);
        assertThat(MediaFiles.range("bytes=90-", 100)).containsExactly(90, 99);
        assertThat(MediaFiles.range("bytes=-10", 100)).containsExactly(90, 99);
        assertThat(MediaFiles.range("bytes=50-500", 100)).containsExactly(50, 99);
        assertThat(MediaFiles.range("bytes=100-", 100)).isEmpty();
        assertThat(MediaFiles.range("bytes=9-3", 100)).isEmpty();
        assertThat(MediaFiles.range("bytes=0-1,5-6", 100)).isNull(); // several ranges: the whole file
        assertThat(MediaFiles.range("items=0-1", 100)).isNull();
    }

    @Test
    void sizesAreShownInMegabytesWithOneDecimal() {
        assertThat(ProductEditorPage.megabytes(30L * 1024 * 1024)).isEqualTo("30.0");
        assertThat(ProductEditorPage.megabytes(5_242_880)).isEqualTo("5.0");
        assertThat(ProductEditorPage.megabytes(1_600_000)).isEqualTo("1.5");
    }
}
