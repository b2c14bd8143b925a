package org.emporium.promotion;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.emporium.platform.Money;

/**
 * Splits an amount over parts in proportion to their weights, in whole cents, so that the shares always sum to the
 * amount exactly: each share is rounded down, and the cents left over go one each to the parts that lost most in
 * rounding (earlier parts first on a tie). No share exceeds its weight when the amount does not exceed the total
 * weight — unlike giving the whole remainder to the last part, which can push a small last part past its weight.
 */
final class Allocation {

    private Allocation() {
    }

    static List<Money> split(Money amount, List<Money> weights) {
        int scale = amount.currency().getDefaultFractionDigits();
        BigInteger total = cents(amount.amount(), scale);
        List<BigInteger> parts = weights.stream().map(w -> cents(w.amount(), scale)).toList();
        BigInteger whole = parts.stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (whole.signum() <= 0) {
            throw new IllegalArgumentException("Nothing to split " + amount + " over");
        }
        List<BigInteger> shares = new ArrayList<>();
        List<BigInteger> lost = new ArrayList<>();
        for (BigInteger part : parts) {
            BigInteger[] division = total.multiply(part).divideAndRemainder(whole);
            shares.add(division[0]);
            lost.add(division[1]);
        }
        int leftover = total.subtract(shares.stream().reduce(BigInteger.ZERO, BigInteger::add)).intValueExact();
        IntStream.range(0, parts.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> lost.get(i)).reversed().thenComparing(i -> i))
                .limit(leftover)
                .forEach(i -> shares.set(i, shares.get(i).add(BigInteger.ONE)));
        return shares.stream().map(c -> Money.of(new BigDecimal(c, scale), amount.currency())).toList();
    }

    private static BigInteger cents(BigDecimal amount, int scale) {
        return amount.setScale(scale).unscaledValue();
    }
}
