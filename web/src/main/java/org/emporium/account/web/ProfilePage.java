package org.emporium.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.time.LocalDate;
import org.emporium.account.Account;
import org.emporium.account.AccountService;
import org.emporium.account.Gender;
import org.emporium.account.ProfileChange;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.web.Feedback;

/** 个人资料: nickname, avatar, gender, birthday, phone, preferred language; and the password. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    @Inject
    transient AccountService accounts;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Validator validator;

    private Account account;
    private String displayName;
    private String nickname;
    private String avatarUrl;
    private Gender gender;
    private LocalDate birthday;
    private String phone;
    private String locale;
    private String currentPassword;
    private String newPassword;

    @PostConstruct
    void load() {
        account = accounts.get(currentUser.getId());
        displayName = account.getDisplayName();
        nickname = account.getNickname();
        avatarUrl = account.getAvatarUrl();
        gender = account.getGender();
        birthday = account.getBirthday();
        phone = account.getPhone();
        locale = account.getLocale();
    }

    public void save() {
        ProfileChange change = new ProfileChange(displayName, nickname, avatarUrl, gender, birthday, phone, locale);
        if (Feedback.noViolations(validator.validate(change), "account.")) {
            account = accounts.updateProfile(account.getId(), change);
            Feedback.info("account.saved");
        }
    }

    public void changePassword() {
        try {
            accounts.changePassword(account.getId(), currentPassword, newPassword);
            Feedback.info("account.passwordChanged");
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        }
        currentPassword = null;
        newPassword = null;
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public Account getAccount() {
        return account;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    public String getAvatarUrl() {
        return avatarUrl;
    }

    public void setAvatarUrl(String avatarUrl) {
        this.avatarUrl = avatarUrl;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthday() {
        return birthday;
    }

    public void setBirthday(LocalDate birthday) {
        this.birthday = birthday;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
