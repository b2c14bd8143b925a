package org.emporium.settlement.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import org.emporium.order.web.StaffScope;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.PagedRows;
import org.emporium.settlement.Settlement;
import org.emporium.settlement.SettlementStatus;
import org.emporium.settlement.Settlements;
import org.primefaces.model.LazyDataModel;

/**
 * 结算单: finance (FINANCE, ADMIN) sees every merchant's statements, a merchant its own; filters by merchant,
 * period and status.
 */
@Named
@ViewScoped
public class SettlementsPage implements Serializable {

    @Inject
    transient Settlements settlements;

    @Inject
    transient StaffScope staffScope;

    @Inject
    transient FacesContext faces;

    private Long scope;
    private Long merchantId;
    private LocalDate from;
    private LocalDate to;
    private SettlementStatus status;

    private final LazyDataModel<Settlement> model = new PagedRows<>(
            () -> settlements.count(scope, merchantId, from, to, status),
            (first, pageSize) -> settlements.search(scope, merchantId, from, to, status, first, pageSize),
            Settlement::getStatementNo);

    public void open() throws IOException {
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            scope = staffScope.orders();
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(403, "Forbidden");
            faces.responseComplete();
        }
    }

    /** Finance chooses the merchant; a merchant sees only its own anyway. */
    public boolean isFinance() {
        return scope == null;
    }

    public SettlementStatus[] getStatuses() {
        return SettlementStatus.values();
    }

    public LazyDataModel<Settlement> getModel() {
        return model;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public void setMerchantId(Long merchantId) {
        this.merchantId = merchantId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public SettlementStatus getStatus() {
        return status;
    }

    public void setStatus(SettlementStatus status) {
        this.status = status;
    }
}
