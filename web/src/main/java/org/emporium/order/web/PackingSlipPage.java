package org.emporium.order.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.emporium.order.Order;
import org.emporium.order.OrderLine;
import org.emporium.order.OrderStatus;
import org.emporium.order.OrderService;
import org.emporium.platform.NotFoundException;

/**
 * 发货单: the printable packing slip of an order — who gets it where, what goes in the parcel (SKU codes,
 * options, quantities), the buyer's note. A merchant prints only its own shop's orders.
 */
@Named
@ViewScoped
public class PackingSlipPage implements Serializable {

    @Inject
    transient OrderService orders;

    @Inject
    transient StaffScope staffScope;

    @Inject
    transient FacesContext faces;

    private String no;
    private Order order;

    public void load() throws IOException {
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            order = orders.merchantOrder(staffScope.orders(), no);
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public Order getOrder() {
        return order;
    }

    /** What goes in the box: before shipping, the lines still waiting (the next parcel of a partial shipment). */
    public List<OrderLine> getLines() {
        List<OrderLine> waiting = order.getLines().stream().filter(l -> l.getShipmentId() == null).toList();
        return order.getStatus() == OrderStatus.PAID && !waiting.isEmpty() ? waiting : order.getLines();
    }

    public int getItemCount() {
        return getLines().stream().mapToInt(OrderLine::getQuantity).sum();
    }

    public String getNo() {
        return no;
    }

    public void setNo(String no) {
        this.no = no;
    }
}
