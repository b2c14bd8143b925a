package org.emporium.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;

/** The demo accounts of API.md, one per role, all with the password {@value #PASSWORD}. Demo mode only. */
@Stateless
public class DemoAccounts {

    public static final String PASSWORD = "emporium-demo";

    public record DemoAccount(String email, String displayName, Role role) {
    }

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("customer@demo.emporium", "Demo Customer 演示顾客", Role.CUSTOMER),
            new DemoAccount("customer2@demo.emporium", "Second Customer 第二顾客", Role.CUSTOMER),
            new DemoAccount("merchant@demo.emporium", "Demo Merchant 演示商家", Role.MERCHANT),
            new DemoAccount("merchant2@demo.emporium", "Second Merchant 第二商家", Role.MERCHANT),
            new DemoAccount("admin@demo.emporium", "Platform Admin 平台管理员", Role.ADMIN),
            new DemoAccount("finance@demo.emporium", "Finance 财务", Role.FINANCE),
            new DemoAccount("service@demo.emporium", "Customer Service 客服", Role.SERVICE));

    @Inject
    AccountService accounts;

    /** Creates the demo accounts that do not exist yet; returns how many were created. */
    public int createMissing() {
        int created = 0;
        for (DemoAccount demo : ALL) {
            if (accounts.findByLogin(demo.email()).isEmpty()) {
                accounts.create(new Registration(demo.email(), null, PASSWORD, demo.displayName()),
                        EnumSet.of(demo.role()));
                created++;
            }
        }
        return created;
    }
}
