package org.emporium.platform;

import jakarta.ejb.ApplicationException;

/** Too many attempts in a short time (failed logins); the API answers 429. */
@ApplicationException(rollback = false)
public class TooManyAttemptsException extends RuntimeException {

    public TooManyAttemptsException(String message) {
        super(message);
    }
}
