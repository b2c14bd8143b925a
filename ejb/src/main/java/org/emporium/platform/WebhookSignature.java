package org.emporium.platform;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
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

    /**
     * Checks a webhook exactly as received: signed (headers named by the sender) over the raw body, and sent within
     * {@code window} of {@code now}, so a recorded one cannot be replayed later. Anything else is an
     * {@link InvalidWebhookException} (401 for the signature, 400 for the time).
     */
    public void verify(Map<String, String> headers, String timestampHeader, String signatureHeader, byte[] rawBody,
                       Duration window, Instant now) {
        String timestamp = header(headers, timestampHeader);
        String signature = header(headers, signatureHeader);
        if (timestamp == null || signature == null) {
            throw InvalidWebhookException.badSignature("The webhook is not signed");
        }
        if (!matches(timestamp, rawBody, signature)) {
            throw InvalidWebhookException.badSignature("The signature does not match the body");
        }
        Instant sent;
        try {
            sent = Instant.ofEpochSecond(Long.parseLong(timestamp.trim()));
        } catch (NumberFormatException e) {
            throw InvalidWebhookException.malformed("The timestamp is not a number of seconds");
        }
        if (sent.isBefore(now.minus(window)) || sent.isAfter(now.plus(window))) {
            throw InvalidWebhookException.stale("The webhook's timestamp is outside the replay window");
        }
    }

    /** A header's value, whatever the case of its name (HTTP header names are case-insensitive). */
    private static String header(Map<String, String> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
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
