package org.emporium.aftersales.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.emporium.account.web.CurrentUser;
import org.emporium.aftersales.AfterSales;
import org.emporium.aftersales.AfterSalesRequest;

/** 我的售后: the buyer's after-sales requests, newest first. */
@Named
@RequestScoped
public class MyAfterSalesPage {

    static final int SHOWN = 100;

    @Inject
    AfterSales afterSales;

    @Inject
    CurrentUser currentUser;

    private List<AfterSalesRequest> requests;

    public List<AfterSalesRequest> getRequests() {
        if (requests == null) {
            requests = afterSales.buyerRequests(currentUser.getId(), 0, SHOWN);
        }
        return requests;
    }
}
