package org.emporium.catalog.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.emporium.catalog.MediaService;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.web.Feedback;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * A shopper's photo uploads on a form (晒单, after-sales evidence): each picture is checked and stored as the
 * shopper's own, and its address added to the form's list, up to a limit; a refused file is said by name.
 */
@ApplicationScoped
public class ShopperPhotos {

    @Inject
    MediaService media;

    public void add(FileUploadEvent event, List<String> photos, int max, long shopperId) {
        UploadedFile file = event.getFile();
        String fileName = file == null ? "" : file.getFileName();
        if (photos.size() >= max) {
            Feedback.error("photos.tooMany", max);
            return;
        }
        if (file == null || file.getSize() == 0 || file.getSize() > media.pictureMaxBytes()) {
            Feedback.error("photos.refused", fileName);
            return;
        }
        try {
            photos.add(media.storePicture(file.getContent(), shopperId).url());
        } catch (BusinessRuleException e) {
            Feedback.error("photos.refused", fileName);
        }
    }
}
