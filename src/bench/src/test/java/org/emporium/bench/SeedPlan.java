package org.emporium.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * What {@link BatchBenchmark} seeds, planned in memory before anything is written: merchants with products and
 * SKUs, buyers, completed orders (lines, freight, a few refunds) that are past their return window, and a stock
 * ledger that agrees with those sales. It also knows what each merchant's statement must come to, so the
 * benchmark can check the job's result and not only time it. A fixed random seed makes every run plan the same.
 */
final class SeedPlan {

    static final String CURRENCY = "CNY";
    static final String[] SIZES = {"S", "M", "L", "XL"};

    /** Every 33rd order has a refund (3 %): the refund path of settlement. */
    private static final int REFUND_EVERY = 33;
    /** An order's lines are every seventh SKU of its merchant from a random one: different products. */
    private static final int SKU_STRIDE = 7;
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal PROMOTION = new BigDecimal("5.00");
    private static final BigDecimal FREIGHT = new BigDecimal("10.00");
    private static final BigDecimal FREE_FREIGHT_FROM = new BigDecimal("199.00");
    /** Orders completed this long ago (plus up to two days): past the default 7-day return window. */
    private static final Duration COMPLETED_AGO = Duration.ofDays(10);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** A product with one specification (尺码) and a SKU per size, all at one price. */
    record Product(int merchant, int number, long categoryId, String slug, String name, String nameEn,
                   BigDecimal price) {
    }

    record Sku(int product, int merchant, String code, String size, BigDecimal price, int weightGrams,
               int received) {
    }

    /** One sold line; what the buyer paid for it is what settlement counts as the sale. */
    record Line(int lineNo, int sku, int quantity, BigDecimal unitPrice, BigDecimal discount, BigDecimal tax) {

        BigDecimal lineTotal() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }

        BigDecimal paid() {
            return lineTotal().subtract(discount).add(tax);
        }
    }

    record Refund(String refundNo, BigDecimal amount, Instant completedAt) {
    }

    record Order(int number, int merchant, int buyer, String orderNo, String paymentNo, List<Line> lines,
                 BigDecimal shippingFee, Instant createdAt, Instant paidAt, Instant shippedAt, Instant deliveredAt,
                 Instant completedAt, Refund refund) {

        BigDecimal itemsTotal() {
            return lines.stream().map(Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal discountTotal() {
            return lines.stream().map(Line::discount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal taxTotal() {
            return lines.stream().map(Line::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** As the order computes it: items − discounts + shipping + tax. */
        BigDecimal total() {
            return itemsTotal().subtract(discountTotal()).add(shippingFee).add(taxTotal());
        }
    }

    /** One stock ledger line of a seeded SKU, with the SKU's figures right after it. */
    record Movement(int sku, String type, int quantity, int onHandAfter, int reservedAfter, String reference,
                    Instant at) {
    }

    /** A statement's figures, as the job must write them. */
    record Statement(BigDecimal sales, BigDecimal freight, BigDecimal refunds, BigDecimal commission,
                     BigDecimal net, int lines) {
    }

    final int merchants;
    final int buyers;
    final Instant now;
    final List<Product> products = new ArrayList<>();
    final List<Sku> skus = new ArrayList<>();
    final List<Order> orders = new ArrayList<>();
    private final Random random = new Random(20261129L);

    /**
     * @param skusToSeed SKUs to add so that the shop has its target number (the demo catalog has some already)
     * @param categoryIds leaf categories the seeded products are spread over
     */
    SeedPlan(int merchants, int buyers, int orderCount, int linesPerOrder, int skusToSeed, List<Long> categoryIds,
             Instant now) {
        if (skusToSeed / merchants <= SKU_STRIDE * (linesPerOrder - 1)) {
            throw new IllegalArgumentException("Too few SKUs to seed (" + skusToSeed + ") for " + merchants
                    + " merchants with " + linesPerOrder + " different SKUs per order");
        }
        this.merchants = merchants;
        this.buyers = buyers;
        this.now = now;
        planCatalog(skusToSeed, categoryIds);
        planOrders(orderCount, linesPerOrder);
    }

    private void planCatalog(int skusToSeed, List<Long> categoryIds) {
        for (int m = 0; m < merchants; m++) {
            int skusOfMerchant = skusToSeed / merchants + (m < skusToSeed % merchants ? 1 : 0);
            for (int p = 0; p * SIZES.length < skusOfMerchant; p++) {
                int product = products.size();
                BigDecimal price = BigDecimal.valueOf(1_900 + random.nextInt(98_000), 2); // 19.00 to 998.99
                products.add(new Product(m, p, categoryIds.get(product % categoryIds.size()),
                        "bench-m" + m + "-p" + p, "压测商品 " + m + "-" + p, "Bench item " + m + "-" + p, price));
                for (int s = 0; s < SIZES.length && p * SIZES.length + s < skusOfMerchant; s++) {
                    skus.add(new Sku(product, m, "BENCH-" + m + "-" + p + "-" + SIZES[s], SIZES[s], price,
                            200 + 50 * s, 200 + random.nextInt(100)));
                }
            }
        }
    }

    private void planOrders(int orderCount, int linesPerOrder) {
        List<List<Integer>> skusByMerchant = new ArrayList<>();
        for (int m = 0; m < merchants; m++) {
            skusByMerchant.add(new ArrayList<>());
        }
        for (int i = 0; i < skus.size(); i++) {
            skusByMerchant.get(skus.get(i).merchant()).add(i);
        }
        for (int n = 0; n < orderCount; n++) {
            int merchant = n % merchants; // merchants' orders interleave, as they arrive in a real shop
            orders.add(planOrder(n, merchant, skusByMerchant.get(merchant), linesPerOrder));
        }
    }

    private Order planOrder(int n, int merchant, List<Integer> merchantSkus, int linesPerOrder) {
        Instant completed = now.minus(COMPLETED_AGO).minusSeconds(random.nextInt(2 * 24 * 3600));
        Instant delivered = completed.minus(Duration.ofHours(20));
        Instant shipped = delivered.minus(Duration.ofDays(2));
        Instant paid = shipped.minus(Duration.ofHours(6));
        Instant created = paid.minus(Duration.ofMinutes(3));
        List<Line> lines = planLines(n, merchantSkus, linesPerOrder);
        BigDecimal items = lines.stream().map(Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal freight = items.compareTo(FREE_FREIGHT_FROM) >= 0 ? ZERO : FREIGHT;
        String day = LocalDate.ofInstant(created, ZoneOffset.UTC).format(DAY);
        // a refund of the first line, paid back a few hours after the buyer confirmed receipt
        Refund refund = n % REFUND_EVERY == 0 ? new Refund(documentNo('R', day, n), lines.get(0).paid(),
                completed.plus(Duration.ofHours(5))) : null;
        return new Order(n, merchant, n % buyers, orderNo(day, n), documentNo('P', day, n), lines, freight,
                created, paid, shipped, delivered, completed, refund);
    }

    private List<Line> planLines(int n, List<Integer> merchantSkus, int linesPerOrder) {
        List<Line> lines = new ArrayList<>();
        int first = random.nextInt(merchantSkus.size());
        for (int l = 0; l < linesPerOrder; l++) {
            int sku = merchantSkus.get((first + l * SKU_STRIDE) % merchantSkus.size());
            // every seventh line had a promotion (prices start at 19.00, so a discount never exceeds its line)
            BigDecimal discount = (n * linesPerOrder + l) % 7 == 0 ? PROMOTION : ZERO;
            lines.add(new Line(l + 1, sku, 1 + random.nextInt(3), skus.get(sku).price(), discount, ZERO));
        }
        return lines;
    }

    /**
     * The ledger of every seeded SKU: its first receipt, then a reservation at each order's placing and a deduction
     * at its payment, in time order, with the running figures. What the SKU ends with is its {@link #onHand}.
     */
    List<Movement> ledger() {
        List<List<Movement>> events = new ArrayList<>();
        for (int i = 0; i < skus.size(); i++) {
            events.add(new ArrayList<>());
        }
        for (Order order : orders) {
            for (Line line : order.lines()) {
                events.get(line.sku()).add(new Movement(line.sku(), "RESERVE", line.quantity(), 0, 0,
                        order.orderNo(), order.createdAt()));
                events.get(line.sku()).add(new Movement(line.sku(), "DEDUCT", line.quantity(), 0, 0,
                        order.orderNo(), order.paidAt()));
            }
        }
        List<Movement> ledger = new ArrayList<>();
        Instant received = now.minus(Duration.ofDays(60));
        for (int i = 0; i < skus.size(); i++) {
            int onHand = skus.get(i).received();
            int reserved = 0;
            ledger.add(new Movement(i, "RECEIPT", onHand, onHand, 0, null, received));
            List<Movement> sales = events.get(i);
            sales.sort(Comparator.comparing(Movement::at));
            for (Movement m : sales) {
                if (m.type().equals("RESERVE")) {
                    reserved += m.quantity();
                } else {
                    onHand -= m.quantity();
                    reserved -= m.quantity();
                }
                ledger.add(new Movement(i, m.type(), m.quantity(), onHand, reserved, m.reference(), m.at()));
            }
        }
        return ledger;
    }

    /** On hand of each seeded SKU after its sales: what was received less what was sold. */
    int[] onHand() {
        int[] onHand = new int[skus.size()];
        for (int i = 0; i < skus.size(); i++) {
            onHand[i] = skus.get(i).received();
        }
        orders.forEach(o -> o.lines().forEach(l -> onHand[l.sku()] -= l.quantity()));
        return onHand;
    }

    int lineCount() {
        return orders.stream().mapToInt(o -> o.lines().size()).sum();
    }

    long refundCount() {
        return orders.stream().filter(o -> o.refund() != null).count();
    }

    /**
     * What a merchant's statement must come to when every order settles at one flat {@code rate}: each line's
     * commission rounded half-up to the cent, and a refund giving back commission at its order's own rate (the
     * order's commission over its sales, to four places) — the rules of the README's "Settlement" section.
     */
    Statement expectedStatement(int merchant, BigDecimal rate) {
        BigDecimal sales = BigDecimal.ZERO;
        BigDecimal freight = BigDecimal.ZERO;
        BigDecimal refunds = BigDecimal.ZERO;
        BigDecimal commission = BigDecimal.ZERO;
        int lines = 0;
        for (Order order : orders) {
            if (order.merchant() != merchant) {
                continue;
            }
            BigDecimal sold = BigDecimal.ZERO;
            BigDecimal orderCommission = BigDecimal.ZERO;
            for (Line line : order.lines()) {
                sold = sold.add(line.paid());
                orderCommission = orderCommission.add(cents(line.paid().multiply(rate)));
            }
            sales = sales.add(sold);
            commission = commission.add(orderCommission);
            freight = freight.add(order.shippingFee());
            lines += order.lines().size() + 1;
            if (order.refund() != null) {
                BigDecimal orderRate = orderCommission.divide(sold, 4, RoundingMode.HALF_UP);
                BigDecimal refund = order.refund().amount().negate();
                refunds = refunds.add(refund);
                commission = commission.add(cents(refund.multiply(orderRate)));
                lines++;
            }
        }
        BigDecimal net = sales.add(freight).add(refunds).subtract(commission);
        return new Statement(sales, freight, refunds, commission, net, lines);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** An order number as the shop makes them (day, nine digits, Luhn check digit); "9" marks the benchmark's. */
    private static String orderNo(String day, int n) {
        String body = day + "9" + String.format("%08d", n);
        return body + luhnCheckDigit(body);
    }

    /** A payment or refund number as the shop makes them (letter, day, twelve digits); "9" marks the benchmark's. */
    private static String documentNo(char kind, String day, int n) {
        return kind + day + "9" + String.format("%011d", n);
    }

    /** The check digit of {@code org.emporium.order.OrderNo} (Luhn, the digit next to it doubled). */
    static int luhnCheckDigit(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }
}
