package org.emporium.inventory.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.emporium.catalog.CatalogService;
import org.emporium.catalog.Product;
import org.emporium.catalog.Sku;
import org.emporium.catalog.web.CallerShop;
import org.emporium.inventory.Inventory;
import org.emporium.inventory.StockMovement;
import org.emporium.inventory.StockReconciliation;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;

/**
 * 库存: a product's SKUs with their figures (on hand, reserved, available), receiving goods, adjusting with a
 * reason, and the chosen SKU's ledger. A merchant sees its own shop's products only, an ADMIN any.
 */
@Named
@ViewScoped
public class StockPage implements Serializable {

    @Inject
    transient Inventory inventory;

    @Inject
    transient StockReconciliation reconciliation;

    @Inject
    transient CatalogService catalog;

    @Inject
    transient CallerShop callerShop;

    @Inject
    transient FacesContext faces;

    /** A figure row: the SKU and its stock now. */
    public record Row(long skuId, String code, String specLabel, Inventory.Level level) {
    }

    private Long productId;
    private Long skuId;
    private Long scope;
    private Product product;
    private List<Row> rows = List.of();
    private List<StockMovement> ledger = List.of();
    private Integer receiveQuantity;
    private String receiveReason;
    private Integer adjustDelta;
    private String adjustReason;
    private Integer counted;
    private String countNote;

    /** f:viewAction: ?sku= or ?product= (its first SKU) of the caller's shop; anything else is not found. */
    public void open() throws IOException {
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            scope = callerShop.scope();
            if (skuId != null) {
                product = catalog.ownedSku(scope, skuId).getProduct();
            } else if (productId != null) {
                product = catalog.owned(scope, productId);
                skuId = product.getSkus().stream().findFirst().map(Sku::getId).orElse(null);
            } else {
                throw new NotFoundException("SKU");
            }
            productId = product.getId();
            refresh();
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        } catch (jakarta.ws.rs.ForbiddenException e) {
            // CallerShop on main refuses an account that runs no shop this way
            faces.getExternalContext().responseSendError(403, "Forbidden");
            faces.responseComplete();
        }
    }

    private void refresh() {
        rows = product.getSkus().stream()
                .map(s -> new Row(s.getId(), s.getCode(), s.getSpecLabel(), inventory.level(s.getId()))).toList();
        ledger = skuId == null ? List.of() : inventory.ledger(skuId);
    }

    public void choose(long sku) {
        if (rows.stream().anyMatch(r -> r.skuId() == sku)) {
            skuId = sku;
            refresh();
        }
    }

    public void receive() {
        if (receiveQuantity == null || receiveQuantity < 1) {
            Feedback.error("stock.quantity.positive");
            return;
        }
        try {
            inventory.receive(skuId, receiveQuantity, blankToNull(receiveReason), callerShop.callerId());
            Feedback.info("stock.received", receiveQuantity, code());
            receiveQuantity = null;
            receiveReason = null;
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        }
        refresh();
    }

    public void adjust() {
        if (adjustDelta == null || adjustDelta == 0) {
            Feedback.error("stock.delta.nonZero");
            return;
        }
        if (adjustReason == null || adjustReason.isBlank()) {
            Feedback.error("stock.reason.required");
            return;
        }
        try {
            inventory.adjust(skuId, adjustDelta, adjustReason.trim(), callerShop.callerId());
            Feedback.info("stock.adjusted", adjustDelta, code());
            adjustDelta = null;
            adjustReason = null;
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        }
        refresh();
    }

    /** 盘点: what is on the shelf; the next stock reconciliation with corrections sets on hand to it. */
    public void count() {
        if (counted == null || counted < 0) {
            Feedback.error("stock.count.invalid");
            return;
        }
        try {
            reconciliation.recordCount(skuId, counted, countNote, callerShop.callerId());
            Feedback.info("stock.counted.done", counted, code());
            counted = null;
            countNote = null;
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        }
        refresh();
    }

    public Integer getCounted() {
        return counted;
    }

    public void setCounted(Integer counted) {
        this.counted = counted;
    }

    public String getCountNote() {
        return countNote;
    }

    public void setCountNote(String countNote) {
        this.countNote = countNote;
    }

    private String code() {
        return rows.stream().filter(r -> r.skuId() == skuId).map(Row::code).findFirst().orElse("");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Row getChosen() {
        return rows.stream().filter(r -> skuId != null && r.skuId() == skuId).findFirst().orElse(null);
    }

    public Product getProduct() {
        return product;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<StockMovement> getLedger() {
        return ledger;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public Long getSkuId() {
        return skuId;
    }

    public void setSkuId(Long skuId) {
        this.skuId = skuId;
    }

    public Integer getReceiveQuantity() {
        return receiveQuantity;
    }

    public void setReceiveQuantity(Integer receiveQuantity) {
        this.receiveQuantity = receiveQuantity;
    }

    public String getReceiveReason() {
        return receiveReason;
    }

    public void setReceiveReason(String receiveReason) {
        this.receiveReason = receiveReason;
    }

    public Integer getAdjustDelta() {
        return adjustDelta;
    }

    public void setAdjustDelta(Integer adjustDelta) {
        this.adjustDelta = adjustDelta;
    }

    public String getAdjustReason() {
        return adjustReason;
    }

    public void setAdjustReason(String adjustReason) {
        this.adjustReason = adjustReason;
    }
}
