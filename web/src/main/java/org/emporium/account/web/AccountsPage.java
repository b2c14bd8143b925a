package org.emporium.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.emporium.account.Account;
import org.emporium.account.AccountService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Back office list of accounts (ADMIN, SERVICE): lazy, filterable by email/mobile/name, newest first. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    @Inject
    transient AccountService accounts;

    private final LazyDataModel<Account> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) accounts.count(filterText(filters));
        }

        @Override
        public List<Account> load(int first, int pageSize, Map<String, SortMeta> sort,
                                  Map<String, FilterMeta> filters) {
            return accounts.search(filterText(filters), first, pageSize);
        }

        @Override
        public String getRowKey(Account account) {
            return String.valueOf(account.getId());
        }

        @Override
        public Account getRowData(String rowKey) {
            return accounts.get(Long.parseLong(rowKey));
        }
    };

    private static String filterText(Map<String, FilterMeta> filters) {
        FilterMeta global = filters.get("globalFilter");
        return global == null || global.getFilterValue() == null ? null : global.getFilterValue().toString();
    }

    public LazyDataModel<Account> getModel() {
        return model;
    }
}
