package org.emporium.aftersales.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.emporium.aftersales.Complaint;
import org.emporium.aftersales.ComplaintStatus;
import org.emporium.aftersales.Complaints;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** 投诉工单: customer service's queue, oldest waiting first; by default everything not closed. */
@Named
@ViewScoped
public class ComplaintQueuePage implements Serializable {

    @Inject
    transient Complaints complaints;

    private ComplaintStatus status;

    private final LazyDataModel<Complaint> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) complaints.countQueue(status);
        }

        @Override
        public List<Complaint> load(int first, int pageSize, Map<String, SortMeta> sort,
                                    Map<String, FilterMeta> filters) {
            return complaints.queue(status, first, pageSize);
        }

        @Override
        public String getRowKey(Complaint complaint) {
            return complaint.getComplaintNo();
        }

        @Override
        public Complaint getRowData(String rowKey) {
            return null;
        }
    };

    public LazyDataModel<Complaint> getModel() {
        return model;
    }

    public ComplaintStatus[] getStatuses() {
        return ComplaintStatus.values();
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public void setStatus(ComplaintStatus status) {
        this.status = status;
    }
}
