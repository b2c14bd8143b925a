package org.emporium.catalog;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo shop's catalog: 8 departments, 26 categories, 312 products with Chinese and English names, SKU matrices,
 * stock and generated pictures, so the shop looks alive on first start. Demo mode only; deterministic (a fixed
 * seed), so every demo looks the same.
 */
@Stateless
public class DemoCatalog {

    /** A department (top-level category) and its categories. */
    record Department(String name, String nameEn, String slug, String icon, List<Kind> kinds) {
    }

    /**
     * A category of goods: names, the brands that make them, model names, the word for the goods, the
     * specifications and a typical price.
     */
    record Kind(String name, String nameEn, String slug, String[][] brands, String[] models, String noun,
                String nounEn, Map<String, List<String>> specs, int basePrice) {
    }

    static final List<Department> DEPARTMENTS = List.of(
            new Department("数码电子", "Electronics", "electronics", "pi pi-mobile", List.of(
                    kind("手机", "Mobile Phones", "phones", brands("华为:Huawei", "小米:Xiaomi", "苹果:Apple", "荣耀:Honor"),
                            models("Mate 60", "P70", "14 Pro", "Nova 12", "X50", "Magic 6"), "智能手机", "Smartphone",
                            specs("颜色", "黑色,白色,蓝色", "存储", "128GB,256GB"), 3999),
                    kind("笔记本电脑", "Laptops", "laptops", brands("联想:Lenovo", "华为:Huawei", "戴尔:Dell", "苹果:Apple"),
                            models("ThinkBook 14", "MateBook X", "XPS 13", "Air 15", "Legion 7", "Yoga Pro"),
                            "笔记本电脑", "Laptop", specs("颜色", "银色,深空灰", "内存", "16GB,32GB"), 6999),
                    kind("平板电脑", "Tablets", "tablets", brands("苹果:Apple", "华为:Huawei", "小米:Xiaomi"),
                            models("Pad 6", "MatePad 11", "Pad Air", "Pad Pro", "Tab S9", "Pad Mini"), "平板电脑",
                            "Tablet", specs("颜色", "银色,灰色", "存储", "128GB,256GB"), 2499),
                    kind("耳机", "Headphones", "headphones", brands("索尼:Sony", "漫步者:Edifier", "华为:Huawei"),
                            models("WH-1000", "FreeBuds 5", "W820", "Buds Pro", "NeoBuds", "Studio 3"), "无线耳机",
                            "Wireless Headphones", specs("颜色", "黑色,白色,粉色"), 599),
                    kind("智能手表", "Smart Watches", "watches", brands("华为:Huawei", "小米:Xiaomi", "苹果:Apple"),
                            models("Watch 4", "Watch GT", "Band 8", "Watch S3", "Fit 3", "Watch Ultra"), "智能手表",
                            "Smart Watch", specs("颜色", "黑色,银色", "表带", "硅胶,皮革"), 1299))),
            new Department("服饰鞋包", "Fashion", "fashion", "pi pi-star", List.of(
                    kind("男士T恤", "Men's T-Shirts", "mens-tshirts", brands("优衣库:Uniqlo", "李宁:Li-Ning", "森马:Semir"),
                            models("纯棉圆领|Cotton Crew-Neck", "速干运动|Quick-Dry Sport", "宽松印花|Loose Print",
                                    "重磅纯色|Heavyweight Plain", "条纹休闲|Casual Stripe", "亚麻短袖|Linen Short-Sleeve"),
                                    "T恤", "T-Shirt",
                            specs("颜色", "白色,黑色,灰色", "尺码", "M,L,XL"), 99),
                    kind("女士连衣裙", "Women's Dresses", "dresses", brands("伊芙丽:Eifini", "太平鸟:Peacebird", "ZARA:Zara"),
                            models("碎花长款|Floral Maxi", "法式方领|French Square-Neck", "针织修身|Slim Knit",
                                    "雪纺吊带|Chiffon Slip", "衬衫式|Shirt", "复古格纹|Retro Plaid"), "连衣裙", "Dress",
                            specs("颜色", "红色,蓝色,米色", "尺码", "S,M,L"), 299),
                    kind("运动鞋", "Sneakers", "sneakers", brands("耐克:Nike", "阿迪达斯:Adidas", "安踏:Anta", "李宁:Li-Ning"),
                            models("Air Zoom", "Ultraboost", "C202", "Way of Wade", "Pegasus", "Forum Low"), "跑步鞋",
                            "Running Shoes", specs("颜色", "黑色,白色", "鞋码", "40,41,42,43"), 699),
                    kind("羽绒服", "Down Jackets", "down-jackets", brands("波司登:Bosideng", "雪中飞:Snowflying"),
                            models("极寒系列|Extreme Cold", "轻薄短款|Light Short", "连帽中长|Hooded Mid-Length",
                                    "鹅绒厚款|Thick Goose Down", "立领商务|Stand-Collar Business",
                                    "户外三防|Outdoor Weatherproof"), "羽绒服",
                            "Down Jacket", specs("颜色", "黑色,藏青", "尺码", "M,L,XL"), 899),
                    kind("双肩包", "Backpacks", "backpacks", brands("新秀丽:Samsonite", "小米:Xiaomi"),
                            models("商务通勤|Business Commuter", "轻便旅行|Light Travel", "大容量|Large",
                                    "防水户外|Waterproof Outdoor", "极简|Minimalist", "电脑双肩|Laptop"), "双肩包", "Backpack",
                            specs("颜色", "黑色,灰色"), 259))),
            new Department("家居生活", "Home", "home", "pi pi-home", List.of(
                    kind("床上用品", "Bedding", "bedding", brands("罗莱:Luolai", "水星家纺:Mercury", "富安娜:Fuanna"),
                            models("全棉四件套|Cotton 4-Piece", "天丝套件|Tencel", "长绒棉被套|Long-Staple Cotton Duvet",
                                    "纯色床单|Plain Sheet", "蚕丝被|Silk Quilt", "羽绒枕|Down Pillow"), "床品", "Bedding Set",
                            specs("颜色", "米白,浅灰,雾蓝", "尺寸", "1.5米,1.8米"), 399),
                    kind("厨具", "Cookware", "cookware", brands("苏泊尔:Supor", "九阳:Joyoung", "双立人:Zwilling"),
                            models("不粘炒锅|Non-Stick Wok", "电饭煲|Rice Cooker", "破壁机|High-Speed Blender",
                                    "刀具套装|Knife Set", "压力锅|Pressure Cooker", "空气炸锅|Air Fryer"), "厨具", "Kitchenware",
                            specs("规格", "标准款,尊享款"), 299),
                    kind("灯具", "Lighting", "lighting", brands("欧普:Opple", "飞利浦:Philips", "雷士:NVC"),
                            models("护眼台灯|Eye-Care Desk", "吸顶灯|Ceiling", "落地灯|Floor", "智能灯带|Smart Strip",
                                    "床头灯|Bedside", "筒灯|Downlight"), "灯", "Lamp",
                            specs("颜色", "白色,黑色"), 199),
                    kind("收纳整理", "Storage", "storage", brands("天马:Tenma", "禧天龙:Citylong"),
                            models("抽屉式收纳箱|Drawer Box", "衣物收纳袋|Clothes Bag", "桌面置物架|Desk Shelf", "鞋盒|Shoe Box",
                                    "衣柜分层架|Wardrobe Divider", "整理筐|Basket"), "收纳", "Organizer",
                            specs("颜色", "透明,白色", "规格", "小号,大号"), 59))),
            new Department("食品生鲜", "Food", "food", "pi pi-apple", List.of(
                    kind("茶叶", "Tea", "tea", brands("西湖牌:Xihu", "八马:Bama", "大益:Dayi"),
                            models("明前龙井|Pre-Qingming Longjing", "铁观音|Tieguanyin", "普洱熟茶|Ripe Pu-erh",
                                    "正山小种|Lapsang Souchong", "白毫银针|Silver Needle", "碧螺春|Biluochun"), "茶", "Tea",
                            specs("规格", "100g,250g"), 168),
                    kind("咖啡", "Coffee", "coffee", brands("雀巢:Nescafe", "三顿半:Saturnbird", "瑞幸:Luckin"),
                            models("速溶黑咖啡|Instant Black", "冻干咖啡|Freeze-Dried", "挂耳咖啡|Drip Bag", "咖啡豆|Whole Bean",
                                    "冷萃液|Cold Brew", "拿铁胶囊|Latte Capsule"), "咖啡", "Coffee",
                            specs("规格", "12杯,24杯"), 89),
                    kind("休闲零食", "Snacks", "snacks", brands("三只松鼠:Three Squirrels", "良品铺子:Bestore"),
                            models("每日坚果|Daily Nuts", "牛肉干|Beef Jerky", "芒果干|Dried Mango", "夏威夷果|Macadamia",
                                    "海苔脆|Seaweed Crisps", "手撕面包|Pull-Apart Bread"), "零食", "Snack",
                            specs("口味", "原味,香辣"), 49),
                    kind("新鲜水果", "Fresh Fruit", "fruit", brands("佳沛:Zespri", "都乐:Dole"),
                            models("阳光金果|SunGold Kiwi", "智利车厘子|Chilean Cherries", "海南芒果|Hainan Mango",
                                    "赣南脐橙|Gannan Navel Orange", "烟台苹果|Yantai Apple", "阳光玫瑰葡萄|Shine Muscat Grape"),
                                    "水果", "Fruit",
                            specs("重量", "2.5kg,5kg"), 99))),
            new Department("美妆个护", "Beauty", "beauty", "pi pi-heart", List.of(
                    kind("护肤", "Skincare", "skincare", brands("兰蔻:Lancome", "雅诗兰黛:Estee Lauder", "珀莱雅:Proya"),
                            models("精华液|Serum", "保湿面霜|Moisturising Cream", "爽肤水|Toner", "眼霜|Eye Cream",
                                    "洁面乳|Cleanser", "防晒霜|Sunscreen"), "护肤品", "Skincare",
                            specs("容量", "30ml,50ml"), 399),
                    kind("彩妆", "Makeup", "makeup", brands("花西子:Florasis", "完美日记:Perfect Diary", "迪奥:Dior"),
                            models("口红|Lipstick", "粉底液|Liquid Foundation", "眼影盘|Eyeshadow Palette",
                                    "散粉|Loose Powder", "眉笔|Brow Pencil", "腮红|Blush"), "彩妆", "Makeup",
                            specs("色号", "01,02,03"), 159),
                    kind("香水", "Perfume", "perfume", brands("香奈儿:Chanel", "祖玛珑:Jo Malone"),
                            models("五号|No. 5", "蓝风铃|Wild Bluebell", "英国梨|English Pear", "可可小姐|Coco Mademoiselle",
                                    "鼠尾草|Wood Sage", "邂逅|Chance"), "香水", "Perfume",
                            specs("容量", "30ml,100ml"), 899))),
            new Department("运动户外", "Sports & Outdoors", "sports", "pi pi-bolt", List.of(
                    kind("瑜伽垫", "Yoga Mats", "yoga-mats", brands("Keep:Keep", "迪卡侬:Decathlon"),
                            models("TPE防滑|TPE Non-Slip", "天然橡胶|Natural Rubber", "加厚|Extra Thick", "折叠便携|Foldable",
                                    "双色|Two-Tone", "体位线|Alignment Lines"), "瑜伽垫", "Yoga Mat",
                            specs("颜色", "紫色,绿色", "厚度", "6mm,10mm"), 129),
                    kind("自行车", "Bicycles", "bicycles", brands("捷安特:Giant", "美利达:Merida", "迪卡侬:Decathlon"),
                            models("ATX 山地车|ATX Mountain", "公路车|Road", "城市通勤|City Commuter", "折叠车|Folding",
                                    "儿童自行车|Kids", "旅行车|Touring"), "自行车", "Bicycle",
                            specs("颜色", "黑色,蓝色", "尺寸", "S,M,L"), 1999),
                    kind("帐篷", "Tents", "tents", brands("牧高笛:Mobi Garden", "骆驼:Camel"),
                            models("自动速开|Instant Pop-Up", "双层防雨|Double-Wall Rainproof", "天幕|Canopy", "露营帐|Camping",
                                    "登山帐|Mountaineering", "儿童帐|Kids Play"), "帐篷", "Tent",
                            specs("人数", "2人,4人"), 499))),
            new Department("母婴玩具", "Baby & Toys", "baby", "pi pi-gift", List.of(
                    kind("纸尿裤", "Diapers", "diapers", brands("花王:Merries", "帮宝适:Pampers", "好奇:Huggies"),
                            models("超薄透气|Ultra-Thin Breathable", "拉拉裤|Pull-Ups", "夜用|Overnight", "新生儿|Newborn",
                                    "皇家系列|Royal", "小森林|Little Forest"), "纸尿裤", "Diapers",
                            specs("尺码", "S,M,L,XL"), 139),
                    kind("益智玩具", "Educational Toys", "toys", brands("乐高:LEGO", "费雪:Fisher-Price"),
                            models("积木城市|City Bricks", "机械组|Technic", "早教积木|Early-Learning Blocks",
                                    "拼图|Jigsaw Puzzle", "磁力片|Magnetic Tiles", "音乐台|Music Station"), "玩具", "Toy",
                            specs("适用年龄", "3-6岁,6-12岁"), 299))),
            new Department("图书", "Books", "books", "pi pi-book", List.of(
                    kind("小说", "Fiction", "fiction", brands("人民文学:People's Literature", "译林:Yilin"),
                            models("三体|The Three-Body Problem", "活着|To Live", "围城|Fortress Besieged",
                                    "平凡的世界|Ordinary World", "红楼梦|Dream of the Red Chamber",
                                    "百年孤独|One Hundred Years of Solitude"), "小说", "Novel",
                            specs("版本", "平装,精装"), 45),
                    kind("童书", "Children's Books", "childrens-books", brands("接力:Jieli", "蒲蒲兰:Pupulan"),
                            models("绘本套装|Picture Book Set", "科普百科|Science Encyclopedia", "睡前故事|Bedtime Stories",
                                    "拼音读物|Pinyin Reader", "立体书|Pop-Up Book", "英文启蒙|First English"), "童书",
                            "Children's Book", specs("版本", "平装,精装"), 68))));

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogService catalog;

    @Inject
    jakarta.enterprise.event.Event<CatalogChanged> changes;

    /** Creates the departments, categories and brands if there are none yet. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createCategories() {
        if (!em.createNamedQuery("Category.all", Category.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        int order = 0;
        for (Department d : DEPARTMENTS) {
            Category top = new Category(null, d.name(), d.nameEn(), d.slug(), d.icon(), order++);
            em.persist(top);
            em.flush();
            for (Kind k : d.kinds()) {
                em.persist(new Category(top.getId(), k.name(), k.nameEn(), k.slug(), null, order++));
                for (String[] b : k.brands()) {
                    if (em.createNamedQuery("Brand.byName", Brand.class).setParameter("name", b[0])
                            .getResultList().isEmpty()) {
                        em.persist(new Brand(b[0], b[1]));
                        em.flush();
                    }
                }
            }
        }
        changes.fire(new CatalogChanged("demo")); // the catalog cache may remember the empty tree of start-up
    }

    /** How many products each category gets per unit of EMPORIUM_DEMO_SCALE. */
    public static final int PER_CATEGORY = 12;

    /**
     * Creates products number {@code from} to {@code to - 1} of one category in one transaction, alternating
     * between the merchants. Numbers past 11 are later generations of the same models ("Gen 2", ...), which is how
     * the benchmark gets a catalog of 10,000 products.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int createProducts(String categorySlug, long[] merchantIds, int from, int to) {
        Kind kind = DEPARTMENTS.stream().flatMap(d -> d.kinds().stream()).filter(k -> k.slug().equals(categorySlug))
                .findFirst().orElseThrow();
        Category category = em.createNamedQuery("Category.bySlug", Category.class).setParameter("slug", categorySlug)
                .getSingleResult();
        Random random = new Random(categorySlug.hashCode() * 31L + from);
        int created = 0;
        for (int i = from; i < to; i++) {
            String[] brand = kind.brands()[i % kind.brands().length];
            int generation = i / PER_CATEGORY;
            // a model is "中文|English" where the names differ, else the same in both languages
            String[] names = kind.models()[i % kind.models().length].split("\\|");
            String suffix = ((i % PER_CATEGORY) >= kind.models().length ? " Plus" : "")
                    + (generation > 0 ? " Gen " + (generation + 1) : "");
            String model = names[0] + suffix;
            String modelEn = names[names.length - 1] + suffix;
            Brand b = em.createNamedQuery("Brand.byName", Brand.class).setParameter("name", brand[0])
                    .getSingleResult();
            ProductDraft draft = new ProductDraft();
            draft.name = brand[0] + " " + model + " " + kind.noun();
            draft.nameEn = brand[1] + " " + modelEn + " " + kind.nounEn();
            draft.subtitle = kind.name() + " · " + kind.nameEn();
            draft.description = draft.name + "\n" + draft.nameEn + "\n\n" + "品质之选，正品保障，七天无理由退货。"
                    + "\nGenuine goods, 7-day no-questions-asked returns.";
            draft.categoryId = category.getId();
            draft.brandId = b.getId();
            draft.tags = new ArrayList<>(List.of(kind.noun(), kind.nounEn().toLowerCase()));
            draft.purchaseLimit = 10;
            draft.lowStockThreshold = 5;
            kind.specs().forEach((name, options) -> draft.specs.add(new ProductDraft.SpecDraft(name, options)));
            BigDecimal base = BigDecimal.valueOf(kind.basePrice()).multiply(BigDecimal.valueOf(70 + random.nextInt(61)))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).subtract(BigDecimal.valueOf(0.01));
            for (Map<String, String> combination : combinations(kind.specs())) {
                int step = draft.skus.size() % 2;
                BigDecimal price = base.add(BigDecimal.valueOf((long) step * kind.basePrice() / 10));
                ProductDraft.SkuDraft sku = new ProductDraft.SkuDraft(combination, price, 20 + random.nextInt(180));
                sku.originalPrice = price.multiply(new BigDecimal("1.2")).setScale(0, RoundingMode.HALF_UP)
                        .subtract(new BigDecimal("0.01"));
                sku.weightGrams = 200 + random.nextInt(2000);
                sku.barcode = "69" + (1000000000L + Math.abs(random.nextLong() % 9000000000L));
                draft.skus.add(sku);
            }
            String picture = "/images/generated/" + CatalogService.slugOf(draft.nameEn);
            draft.images = new ArrayList<>(List.of(picture + "/1.svg", picture + "/2.svg", picture + "/3.svg"));
            Product product = catalog.create(merchantIds[i % merchantIds.length], draft, null);
            product.moveTo(ProductStatus.PENDING_REVIEW, null, product.getCreatedAt());
            product.moveTo(ProductStatus.ON_SHELF, null, product.getCreatedAt());
            created++;
        }
        return created;
    }

    public List<String> categorySlugs() {
        return DEPARTMENTS.stream().flatMap(d -> d.kinds().stream()).map(Kind::slug).toList();
    }

    static List<Map<String, String>> combinations(Map<String, List<String>> specs) {
        List<Map<String, String>> result = new ArrayList<>();
        result.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> spec : specs.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : result) {
                for (String option : spec.getValue()) {
                    Map<String, String> extended = new LinkedHashMap<>(partial);
                    extended.put(spec.getKey(), option);
                    next.add(extended);
                }
            }
            result = next;
        }
        return result;
    }

    private static Kind kind(String name, String nameEn, String slug, String[][] brands, String[] models,
                             String noun, String nounEn, Map<String, List<String>> specs, int basePrice) {
        return new Kind(name, nameEn, slug, brands, models, noun, nounEn, specs, basePrice);
    }

    private static String[][] brands(String... pairs) {
        return java.util.Arrays.stream(pairs).map(p -> p.split(":", 2)).toArray(String[][]::new);
    }

    private static String[] models(String... models) {
        return models;
    }

    private static Map<String, List<String>> specs(String... nameThenOptions) {
        Map<String, List<String>> specs = new LinkedHashMap<>();
        for (int i = 0; i < nameThenOptions.length; i += 2) {
            specs.put(nameThenOptions[i], List.of(nameThenOptions[i + 1].split(",")));
        }
        return specs;
    }
}
