package org.emporium.message.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.emporium.message.MessageKind;
import org.junit.jupiter.api.Test;

class MessagesPageTest {

    @Test
    void followsOnlyLinksInsideTheShop() {
        assertThat(MessagesPage.safeLink("/account/order.xhtml?no=1")).isEqualTo("/account/order.xhtml?no=1");
        assertThat(MessagesPage.safeLink("//evil.example/x")).isNull();
        assertThat(MessagesPage.safeLink("https://evil.example/")).isNull();
        assertThat(MessagesPage.safeLink("/\\evil.example")).isNull();
        assertThat(MessagesPage.safeLink(null)).isNull();
    }

    @Test
    void aCancellationReasonIsShownInWords() {
        Object[] args = MessagesPage.argsOf(MessageKind.ORDER_CANCELLED, List.of("202611250000000001",
                "buyer-cancelled"), key -> "[" + key + "]");
        assertThat(args).containsExactly("202611250000000001", "[order.reason.buyer-cancelled]");
        Object[] other = MessagesPage.argsOf(MessageKind.LOW_STOCK, List.of("杯", "白", "3", "SKU-1"), key -> "x");
        assertThat(other).containsExactly("杯", "白", "3", "SKU-1");
    }
}
