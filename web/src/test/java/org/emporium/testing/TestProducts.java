package org.emporium.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Puts products on shelf through the API, as a merchant would with an admin's approval, for tests that buy them. */
public final class TestProducts {

    private final Shop shop;

    public TestProducts(Shop shop) {
        this.shop = shop;
    }

    /** A published product and its SKU ids, in the order of the options given. */
    public record Published(long productId, List<Long> skuIds) {
        public long sku() {
            return skuIds.get(0);
        }
    }

    /**
     * Publishes a product of {@code merchant} ("merchant" or "merchant2", the demo accounts) with one SKU per
     * colour, each with {@code stock} units at {@code price}, {@code grams} heavy; 0 = no purchase limit.
     */
    public Published publish(String merchant, String price, int stock, int grams, int purchaseLimit,
                             String... colours) {
        String token = shop.demoToken(merchant);
        int category = shop.json().get(shop.api("/categories")).then().extract().path("[0].children[0].id");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> draft = new HashMap<>();
        draft.put("name", "测试杯 " + tag);
        draft.put("nameEn", "Test cup " + tag);
        draft.put("categoryId", category);
        draft.put("purchaseLimit", purchaseLimit);
        List<String> options = colours.length == 0 ? List.of("白") : List.of(colours);
        draft.put("specs", List.of(Map.of("name", "颜色", "options", options)));
        List<Map<String, Object>> skus = new ArrayList<>();
        for (String colour : options) {
            Map<String, Object> sku = new HashMap<>();
            sku.put("specs", new HashMap<>(Map.of("颜色", colour)));
            sku.put("price", price);
            sku.put("stock", stock);
            sku.put("weightGrams", grams);
            skus.add(sku);
        }
        draft.put("skus", skus);
        draft.put("images", List.of("/images/generated/tea-cup/1.svg"));
        Number id = shop.as(token).body(draft).post(shop.api("/admin/products")).then().statusCode(201)
                .extract().path("id");
        shop.as(token).post(shop.api("/admin/products/" + id + "/submit")).then().statusCode(200);
        shop.as(shop.demoToken("admin")).post(shop.api("/admin/products/" + id + "/approve")).then().statusCode(200);
        List<Number> skuIds = shop.json().get(shop.api("/products/" + id)).then().statusCode(200).extract()
                .path("skus.id");
        return new Published(id.longValue(), skuIds.stream().map(Number::longValue).toList());
    }

    /** {on hand, reserved} of a SKU as its merchant's back office shows them. */
    public int[] stock(String merchant, long skuId) {
        var figures = shop.as(shop.demoToken(merchant)).get(shop.api("/admin/skus/" + skuId + "/stock")).then()
                .statusCode(200).extract().jsonPath();
        return new int[] {figures.getInt("onHand"), figures.getInt("reserved")};
    }
}
