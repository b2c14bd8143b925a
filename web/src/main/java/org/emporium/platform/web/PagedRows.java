package org.emporium.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table read a page at a time from a session bean, with the page's own filters (not the
 * table's column filters or sorting): how many rows there are, which rows a page holds, and each row's key.
 */
public class PagedRows<T> extends LazyDataModel<T> {

    /** How many rows match the page's filters. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** The rows from {@code first}, at most {@code size}. */
    @FunctionalInterface
    public interface Rows<T> extends Serializable {
        List<T> load(int first, int size);
    }

    /** A row's key, unique in the table. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        String of(T row);
    }

    private final Count count;
    private final Rows<T> rows;
    private final Key<T> key;

    public PagedRows(Count count, Rows<T> rows, Key<T> key) {
        this.count = count;
        this.rows = rows;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) count.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return rows.load(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return null; // rows are not selected by key
    }
}
