package org.emporium.platform;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook (a payment gateway's or a carrier's notification): HMAC-SHA256, keyed with the shared
 * secret, over the timestamp, a newline and the raw body bytes — exactly what was sent, never a re-serialised copy —
 * in lower-case hex. The sandboxes sign with it and the shop verifies with it.
 */
public final class WebhookSignature {

    private final byte[] key;

    public WebhookSignature(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalStateException("A webhook signing key must have at least 16 characters");
        }
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(String timestamp, byte[] rawBody) {
        return HexFormat.of().formatHex(mac(timestamp, rawBody));
    }

    /** Compares in constant time, so the time taken tells nothing about how much of a forged signature matched. */
    public boolean matches(String timestamp, byte[] rawBody, String signature) {
        if (timestamp == null || signature == null) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.trim().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(mac(timestamp, rawBody), given);
    }

    private byte[] mac(String timestamp, byte[] rawBody) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) '\n');
            mac.update(rawBody);
            return mac.doFinal();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
