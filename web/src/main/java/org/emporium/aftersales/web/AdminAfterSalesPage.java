package org.emporium.aftersales.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.emporium.aftersales.AfterSales;
import org.emporium.aftersales.AfterSalesRequest;
import org.emporium.aftersales.AfterSalesSearch;
import org.emporium.aftersales.AfterSalesStatus;
import org.emporium.order.web.StaffScope;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.PagedRows;
import org.primefaces.model.LazyDataModel;

/**
 * 售后管理: after-sales requests in a lazy table — a merchant its own shop's, customer service and ADMIN every
 * shop's — filtered by status and number; "escalated only" is customer service's queue of requests that merchants
 * left unanswered.
 */
@Named
@ViewScoped
public class AdminAfterSalesPage implements Serializable {

    @Inject
    transient AfterSales afterSales;

    @Inject
    transient StaffScope staffScope;

    @Inject
    transient FacesContext faces;

    private Long scope;
    private boolean allShops;
    private AfterSalesStatus status;
    private boolean escalatedOnly;
    private String number;

    private final LazyDataModel<AfterSalesRequest> model = new PagedRows<>(() -> afterSales.count(search()),
            (first, pageSize) -> afterSales.search(search(), first, pageSize),
            AfterSalesRequest::getRequestNo);

    /** f:viewAction: whose requests the caller may see; customer service starts on its queue. */
    public void open() throws IOException {
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            scope = staffScope.orders();
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(403, "Forbidden");
            faces.responseComplete();
            return;
        }
        allShops = scope == null;
        escalatedOnly = faces.getExternalContext().isUserInRole("SERVICE")
                && !faces.getExternalContext().isUserInRole("ADMIN");
    }

    AfterSalesSearch search() {
        return new AfterSalesSearch(scope, status, escalatedOnly, number);
    }

    public AfterSalesStatus[] getStatuses() {
        return AfterSalesStatus.values();
    }

    public LazyDataModel<AfterSalesRequest> getModel() {
        return model;
    }

    public boolean isAllShops() {
        return allShops;
    }

    public AfterSalesStatus getStatus() {
        return status;
    }

    public void setStatus(AfterSalesStatus status) {
        this.status = status;
    }

    public boolean isEscalatedOnly() {
        return escalatedOnly;
    }

    public void setEscalatedOnly(boolean escalatedOnly) {
        this.escalatedOnly = escalatedOnly;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
