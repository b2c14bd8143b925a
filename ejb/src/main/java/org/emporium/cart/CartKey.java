package org.emporium.cart;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Whose cart: a signed-in account's, or a guest's, known by the random token in the guest's cookie. Only the
 * token's SHA-256 is stored, so a database reader cannot take over a guest's cart.
 */
public record CartKey(Long accountId, String guestToken) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public CartKey {
        if ((accountId == null) == (guestToken == null || guestToken.isBlank())) {
            throw new IllegalArgumentException("A cart belongs to an account or to a guest token");
        }
    }

    public static CartKey account(long accountId) {
        return new CartKey(accountId, null);
    }

    public static CartKey guest(String token) {
        return new CartKey(null, token);
    }

    /** A fresh guest token: 256 random bits, URL-safe. */
    public static String newGuestToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public boolean isGuest() {
        return accountId == null;
    }

    String guestKey() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(guestToken.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
