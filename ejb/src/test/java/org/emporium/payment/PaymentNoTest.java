package org.emporium.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaymentNoTest {

    @Test
    void paymentAndRefundNumbersCarryTheirKindAndDay() {
        PaymentNo payment = PaymentNo.nextPayment(LocalDate.of(2026, 11, 29));
        PaymentNo refund = PaymentNo.nextRefund(LocalDate.of(2026, 11, 29));
        assertThat(payment.value()).startsWith("P20261129").hasSize(21);
        assertThat(refund.value()).startsWith("R20261129").hasSize(21);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(PaymentNo.nextPayment(LocalDate.of(2026, 11, 29)).value());
        }
        assertThat(seen).hasSize(1000);
        assertThatThrownBy(() -> new PaymentNo("X20261129000000000000")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PaymentNo.isValid("P2026112900000000000")).isFalse();
    }

    @Test
    void theSameOrdersInAnotherOrderAreTheSameRequest() {
        PaymentRequest one = new PaymentRequest(List.of("2", "1"), "sandbox-card", null);
        PaymentRequest two = new PaymentRequest(List.of("1", "2", "1"), "sandbox-card", 1);
        PaymentRequest three = new PaymentRequest(List.of("1", "2"), "sandbox-card", 6);
        assertThat(one.fingerprint()).isEqualTo(two.fingerprint()).isNotEqualTo(three.fingerprint());
    }
}
