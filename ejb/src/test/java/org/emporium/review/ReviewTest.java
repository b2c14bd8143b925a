package org.emporium.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewTest {

    @Test
    void aReviewerIsShownByTheFirstAndLastLetterOnly() {
        assertThat(Review.masked("张小明")).isEqualTo("张***明");
        assertThat(Review.masked("Emily")).isEqualTo("E***y");
        assertThat(Review.masked("李四")).isEqualTo("李***");
        assertThat(Review.masked("  ")).isEqualTo("***");
        assertThat(Review.masked("😀 happy 😀")).isEqualTo("😀***😀");
    }

    @Test
    void fourAndFiveStarsArePositive() {
        ReviewSummary summary = new ReviewSummary(3, new BigDecimal("3.67"), List.of(1L, 1L, 0L, 0L, 1L), 1);
        assertThat(summary.positivePercent()).isEqualTo(67);
        assertThat(new ReviewSummary(0, BigDecimal.ZERO, List.of(0L, 0L, 0L, 0L, 0L), 0).positivePercent())
                .isZero();
    }
}
