package org.emporium.account;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a shopper may change in the profile (账户资料). A class, not a record: see {@link Registration}. */
public final class ProfileChange {

    @NotBlank
    @Size(max = 64)
    private final String displayName;

    @Size(max = 64)
    private final String nickname;

    @Size(max = 512)
    @Pattern(regexp = "^(https?://\\S+|/\\S*)?$", message = "{emporium.avatar.url}")
    private final String avatarUrl;

    private final Gender gender;

    @Past
    private final LocalDate birthday;

    @Pattern(regexp = "^(\\+?[0-9][0-9 -]{5,18})?$", message = "{emporium.phone}")
    private final String phone;

    @Pattern(regexp = "^(en|zh-CN)?$")
    private final String locale;

    @JsonbCreator
    public ProfileChange(@JsonbProperty("displayName") String displayName,
                         @JsonbProperty("nickname") String nickname,
                         @JsonbProperty("avatarUrl") String avatarUrl,
                         @JsonbProperty("gender") Gender gender,
                         @JsonbProperty("birthday") LocalDate birthday,
                         @JsonbProperty("phone") String phone,
                         @JsonbProperty("locale") String locale) {
        this.displayName = displayName;
        this.nickname = nickname;
        this.avatarUrl = avatarUrl;
        this.gender = gender;
        this.birthday = birthday;
        this.phone = phone;
        this.locale = locale;
    }

    public String displayName() {
        return displayName;
    }

    public String nickname() {
        return nickname;
    }

    public String avatarUrl() {
        return avatarUrl;
    }

    public Gender gender() {
        return gender;
    }

    public LocalDate birthday() {
        return birthday;
    }

    public String phone() {
        return phone;
    }

    public String locale() {
        return locale;
    }
}
