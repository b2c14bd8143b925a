package org.emporium.aftersales.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.emporium.aftersales.Complaint;
import org.emporium.aftersales.ComplaintStatus;
import org.emporium.aftersales.Complaints;
import org.emporium.platform.web.PagedRows;
import org.primefaces.model.LazyDataModel;

/** 投诉工单: customer service's queue, oldest waiting first; by default everything not closed. */
@Named
@ViewScoped
public class ComplaintQueuePage implements Serializable {

    @Inject
    transient Complaints complaints;

    private ComplaintStatus status;

    private final LazyDataModel<Complaint> model = new PagedRows<>(() -> complaints.countQueue(status),
            (first, pageSize) -> complaints.queue(status, first, pageSize),
            Complaint::getComplaintNo);

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
