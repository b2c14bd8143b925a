package org.emporium.aftersales;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** What the buyer asks about one line of their order: what they want, for how many units, why, with photos. */
public class AfterSalesApplication {

    /** The line's number on the order (1, 2, ...). */
    @NotNull
    @Min(1)
    public Integer lineNo;

    @NotNull
    public AfterSalesType type;

    @NotNull
    @Min(1)
    @Max(999)
    public Integer quantity;

    @NotNull
    public AfterSalesReason reason;

    @Size(max = 1000)
    public String description;

    /** Pictures uploaded before (POST /media/photos), at most six. */
    @Size(max = 6)
    public List<@NotNull @Pattern(regexp = "/media/[A-Za-z0-9_-]{22}", message = "{emporium.photo}") String> photos =
            new ArrayList<>();

    public AfterSalesApplication() {
    }

    public AfterSalesApplication(int lineNo, AfterSalesType type, int quantity, AfterSalesReason reason,
                                 String description, List<String> photos) {
        this.lineNo = lineNo;
        this.type = type;
        this.quantity = quantity;
        this.reason = reason;
        this.description = description;
        this.photos = new ArrayList<>(photos);
    }
}
