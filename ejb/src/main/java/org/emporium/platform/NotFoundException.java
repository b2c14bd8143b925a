package org.emporium.platform;

import jakarta.ejb.ApplicationException;

/**
 * Nothing by that id that the caller may see. Also thrown for another user's resources, so ids cannot be probed.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
