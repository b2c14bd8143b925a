package org.emporium.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A member level (会员等级, e.g. 普通/银卡/金卡/钻石): reached at a growth value, with its benefits — the share of the
 * list price its members pay (会员价), the multiplier on points earned, free shipping, and priority service.
 */
@Entity
@Table(name = "member_level")
@NamedQuery(name = "MemberLevel.all", query = "SELECT l FROM MemberLevel l ORDER BY l.rank")
public class MemberLevel {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "rank_no", nullable = false)
    private int rank;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "min_growth", nullable = false)
    private long minGrowth;

    @Column(name = "discount_rate", nullable = false, precision = 5, scale = 4)
    private BigDecimal discountRate;

    @Column(name = "points_multiplier", nullable = false, precision = 5, scale = 2)
    private BigDecimal pointsMultiplier;

    @Column(name = "free_shipping", nullable = false)
    private boolean freeShipping;

    @Column(name = "priority_service", nullable = false)
    private boolean priorityService;

    protected MemberLevel() {
        // for JPA
    }

    public String getCode() {
        return code;
    }

    public int getRank() {
        return rank;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public long getMinGrowth() {
        return minGrowth;
    }

    public BigDecimal getDiscountRate() {
        return discountRate;
    }

    public BigDecimal getPointsMultiplier() {
        return pointsMultiplier;
    }

    public boolean isFreeShipping() {
        return freeShipping;
    }

    public boolean isPriorityService() {
        return priorityService;
    }

    void apply(LevelTerms terms) {
        name = terms.name.strip();
        nameEn = terms.nameEn.strip();
        minGrowth = terms.minGrowth;
        discountRate = terms.discountRate;
        pointsMultiplier = terms.pointsMultiplier;
        freeShipping = terms.freeShipping;
        priorityService = terms.priorityService;
    }

    /** Whether its members pay less than the list price. */
    public boolean hasMemberPrice() {
        return discountRate.compareTo(BigDecimal.ONE) < 0;
    }
}
