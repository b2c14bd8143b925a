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

    @Test
    void aRefundsReasonIsShownInWordsUnlessStaffTypedIt() {
        java.util.function.UnaryOperator<String> bundle = key -> key.equals("order.reason.buyer-cancelled")
                ? "cancelled by the buyer" : key;
        assertThat(MessagesPage.argsOf(MessageKind.REFUNDED, List.of("202611250000000001", "12.50",
                "buyer-cancelled", "R20261129000000000001"), bundle)[2]).isEqualTo("cancelled by the buyer");
        assertThat(MessagesPage.argsOf(MessageKind.REFUNDED, List.of("202611250000000001", "12.50",
                "cup arrived cracked", "R20261129000000000001"), bundle)[2]).isEqualTo("cup arrived cracked");
    }

    @Test
    void theCarrierOfAShipmentIsShownInWords() {
        java.util.function.UnaryOperator<String> bundle = key -> key.equals("carrier.sandbox-express")
                ? "Sandbox Express" : key;
        assertThat(MessagesPage.argsOf(MessageKind.ORDER_SHIPPED, List.of("202611250000000001", "sandbox-express",
                "SX202611300001"), bundle)).containsExactly("202611250000000001", "Sandbox Express",
                "SX202611300001");
        assertThat(MessagesPage.argsOf(MessageKind.ORDER_SHIPPED, List.of("202611250000000001", "other-carrier",
                "OC-123456"), bundle)[1]).isEqualTo("other-carrier");
    }

    @Test
    void aTrackingEventIsShownInWords() {
        java.util.function.UnaryOperator<String> bundle = key -> switch (key) {
            case "tracking.OUT_FOR_DELIVERY" -> "out for delivery";
            case "tracking.DELIVERED" -> "delivered";
            default -> key;
        };
        assertThat(MessagesPage.argsOf(MessageKind.PARCEL_TRACKED, List.of("202611250000000001",
                "OUT_FOR_DELIVERY", "上海"), bundle)).containsExactly("202611250000000001", "out for delivery", "上海");
        assertThat(MessagesPage.argsOf(MessageKind.PARCEL_TRACKED, List.of("202611250000000001", "DELIVERED",
                "上海"), bundle)[1]).isEqualTo("delivered");
        assertThat(MessagesPage.argsOf(MessageKind.PARCEL_TRACKED, List.of("202611250000000001", "HELD_AT_CUSTOMS",
                "上海"), bundle)[1]).isEqualTo("HELD_AT_CUSTOMS");
    }
}
