package org.emporium.account;

/**
 * The one rule for passwords, for sign-up ({@link Registration}) and for changing a password
 * ({@link AccountService#changePassword}): 8 to 128 characters, not only digits (eight digits are guessed in
 * seconds).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Whether the password is long enough, not too long, and not blank. */
    public static boolean hasAcceptableLength(String password) {
        return password != null && !password.isBlank() && password.length() >= MIN_LENGTH
                && password.length() <= MAX_LENGTH;
    }

    /** Whether the password has something besides digits (null counts as fine: the length rule refuses it). */
    public static boolean isNotOnlyDigits(String password) {
        return password == null || !password.chars().allMatch(Character::isDigit);
    }

    /** Both rules together. */
    public static boolean isAcceptable(String password) {
        return hasAcceptableLength(password) && isNotOnlyDigits(password);
    }
}
