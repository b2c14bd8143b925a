package org.emporium.inventory;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.emporium.catalog.Product;
import org.emporium.catalog.Sku;
import org.emporium.merchant.Merchant;
import org.emporium.message.MessageKind;
import org.emporium.message.Messages;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;

/**
 * Who hears about stock levels: the merchant when a SKU falls to its product's low-stock threshold (a back-office
 * message, then a {@link LowStock} event), and shoppers waiting for a sold-out SKU when it comes back (到货通知).
 * Both are written in the transaction that changed the stock, so a rolled-back change tells nobody.
 */
@Stateless
public class StockAlerts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    @Inject
    Event<LowStock> lowStock;

    /** Asks to be told when this SKU can be bought again; asking twice is asking once. */
    public void notifyWhenBack(long accountId, long skuId) {
        Sku sku = em.find(Sku.class, skuId);
        if (sku == null || !sku.getProduct().isVisible()) {
            throw new NotFoundException("SKU");
        }
        List<StockNotice> waiting = em.createNamedQuery("StockNotice.waitingFor", StockNotice.class)
                .setParameter("sku", skuId).setParameter("account", accountId).getResultList();
        if (!waiting.isEmpty()) {
            return;
        }
        if (sku.getAvailable() > 0 && availableNow(skuId) > 0) {
            throw new BusinessRuleException("IN_STOCK", "This item is in stock; it can be bought now");
        }
        em.persist(new StockNotice(accountId, skuId, clock.instant()));
    }

    public void stockChanged(@Observes StockLevelChanged change) {
        Sku sku = em.find(Sku.class, change.skuId());
        if (sku == null) {
            return;
        }
        Product product = sku.getProduct();
        if (product.getLowStockThreshold() > 0 && change.fellTo(product.getLowStockThreshold())) {
            Merchant merchant = em.find(Merchant.class, product.getMerchantId());
            messages.send(merchant.getOwnerId(), MessageKind.LOW_STOCK, List.of(product.getName(),
                    sku.getSpecLabel(), Integer.toString(change.availableAfter()), sku.getCode()),
                    "/admin/product-edit.xhtml?id=" + product.getId());
            lowStock.fire(new LowStock(merchant.getId(), sku.getId(), sku.getCode(), change.availableAfter()));
        }
        if (change.cameBackInStock() && product.isVisible()) {
            for (StockNotice notice : em.createNamedQuery("StockNotice.waiting", StockNotice.class)
                    .setParameter("sku", sku.getId()).getResultList()) {
                notice.notified(clock.instant());
                messages.send(notice.getAccountId(), MessageKind.BACK_IN_STOCK,
                        List.of(product.getName(), sku.getSpecLabel(), product.getNameEn()),
                        "/product.xhtml?id=" + product.getId());
            }
        }
    }

    private int availableNow(long skuId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT on_hand, reserved FROM sku WHERE id = ?1")
                .setParameter(1, skuId).getSingleResult();
        return ((Number) row[0]).intValue() - ((Number) row[1]).intValue();
    }
}
