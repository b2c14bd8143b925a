package org.emporium.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes every unexpected page failure to the server log before the visitor is shown the friendly error page, so
 * operators see what visitors never do. An expired view is normal (a tab left open) and logged briefly.
 */
public class LoggedExceptions extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(LoggedExceptions.class.getName());

    public LoggedExceptions(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExceptionHandlerWrapper(getWrapped().getExceptionHandler()) {
            @Override
            public void handle() {
                for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
                    Throwable failure = event.getContext().getException();
                    if (failure instanceof ViewExpiredException expired) {
                        LOG.fine(() -> "View expired: " + expired.getViewId());
                    } else {
                        LOG.log(Level.SEVERE, "Page failure", failure);
                    }
                }
                super.handle();
            }
        };
    }
}
