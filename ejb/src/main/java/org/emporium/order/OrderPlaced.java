package org.emporium.order;

import java.util.List;

/** A checkout placed orders (fired inside its transaction; observers act after it commits). */
public record OrderPlaced(long buyerId, String checkoutNo, List<String> orderNos) {
}
