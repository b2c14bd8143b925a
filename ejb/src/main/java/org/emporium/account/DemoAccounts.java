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

    @Inject
    AddressBook addressBook;

    /** Creates the demo accounts that do not exist yet; returns how many were created. */
    public int createMissing() {
        int created = 0;
        for (DemoAccount demo : ALL) {
            if (accounts.findByLogin(demo.email()).isEmpty()) {
                Account account = accounts.create(new Registration(demo.email(), null, PASSWORD,
                        demo.displayName()), EnumSet.of(demo.role()));
                demoAddresses(demo.email()).forEach(address -> addressBook.add(account.getId(), address));
                created++;
            }
        }
        return created;
    }

    /** The demo shoppers can check out at once: one lives in Hangzhou, the other far west in Ürümqi. */
    private static List<AddressDetails> demoAddresses(String email) {
        return switch (email) {
            case "customer@demo.emporium" -> List.of(
                    new AddressDetails("张伟", "13800138000", "CN", "浙江省", "杭州市", "西湖区", "文三路 90 号 1 幢 501 室",
                            "310012", true),
                    new AddressDetails("张伟", "13800138000", "CN", "上海市", "上海市", "浦东新区", "世纪大道 100 号 18 楼",
                            "200120", false));
            case "customer2@demo.emporium" -> List.of(
                    new AddressDetails("李娜", "13900139000", "CN", "新疆维吾尔自治区", "乌鲁木齐市", "天山区",
                            "解放南路 8 号", "830002", true));
            default -> List.of();
        };
    }
}
