package org.emporium.aftersales.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.emporium.aftersales.AfterSalesApplication;
import org.emporium.aftersales.AfterSalesRequest;
import org.emporium.aftersales.AfterSalesStep;
import org.emporium.platform.api.MoneyView;

/** The JSON of after-sales requests (API.md "After-sales"). */
public final class AfterSalesBody {

    private AfterSalesBody() {
    }

    /** {@code POST /after-sales}: which order, then what is asked about which of its lines. */
    public static class Opening extends AfterSalesApplication {
        @NotNull
        @Pattern(regexp = "\\d{18}", message = "{emporium.orderNo}")
        public String orderNo;
    }

    /** The buyer's return parcel. */
    public static class ReturnParcel {
        @NotBlank
        @Size(max = 32)
        public String carrier;

        @NotBlank
        @Size(max = 40)
        public String trackingNo;
    }

    /** The merchant's approval: where goods to return go (not needed for a refund only). */
    public static class Approval {
        @Size(max = 300)
        public String returnAddress;
    }

    public static class Rejection {
        @NotBlank
        @Size(max = 300)
        public String reason;
    }

    /** Returned goods arrived: back on the shelf unless damaged; an exchange names the replacement's parcel. */
    public static class Receipt {
        public boolean restock = true;

        @Size(max = 32)
        public String carrier;

        @Size(max = 40)
        public String trackingNo;
    }

    public record Step(String action, String status, String actor, Instant at, String note) {
        static Step of(AfterSalesStep s) {
            return new Step(s.getAction().name(), s.getStatus().name(), s.getActorKind().name(), s.getTakenAt(),
                    s.getNote());
        }
    }

    public record Request(String requestNo, String orderNo, int lineNo, long skuId, String productName,
                          String specLabel, String type, String status, int quantity, String reason,
                          String description, List<String> photos, MoneyView refundAmount, String refundNo,
                          String returnAddress, String rejectReason, String returnCarrier, String returnTrackingNo,
                          Boolean restocked, String exchangeCarrier, String exchangeTrackingNo, Instant respondBy,
                          boolean escalated, Instant createdAt, Instant closedAt, List<Step> steps) {
        public static Request of(AfterSalesRequest r) {
            return new Request(r.getRequestNo(), r.getOrderNo(), r.getLineNo(), r.getSkuId(), r.getProductName(),
                    r.getSpecLabel(), r.getKind().name(), r.getStatus().name(), r.getQuantity(), r.getReason().name(),
                    r.getDescription(), r.getPhotos(), MoneyView.of(r.getRefundAmount()), r.getRefundNo(),
                    r.getReturnAddress(), r.getRejectReason(), r.getReturnCarrier(), r.getReturnTrackingNo(),
                    r.getRestocked(), r.getExchangeCarrier(), r.getExchangeTrackingNo(), r.getRespondBy(),
                    r.isEscalated(), r.getCreatedAt(), r.getClosedAt(),
                    r.getSteps().stream().map(Step::of).toList());
        }
    }

    public record Summary(String requestNo, String orderNo, String productName, String type, String status,
                          int quantity, String reason, MoneyView refundAmount, boolean escalated, Instant createdAt) {
        public static Summary of(AfterSalesRequest r) {
            return new Summary(r.getRequestNo(), r.getOrderNo(), r.getProductName(), r.getKind().name(),
                    r.getStatus().name(), r.getQuantity(), r.getReason().name(), MoneyView.of(r.getRefundAmount()),
                    r.isEscalated(), r.getCreatedAt());
        }
    }
}
