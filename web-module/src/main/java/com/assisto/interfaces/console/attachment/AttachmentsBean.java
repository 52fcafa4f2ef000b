package com.assisto.interfaces.console.attachment;

import com.assisto.application.attachment.Attachments;
import com.assisto.application.attachment.StoredFile;
import com.assisto.domain.attachment.Attachment;
import com.assisto.domain.attachment.AttachmentOwner;
import com.assisto.interfaces.console.Downloads;
import com.assisto.interfaces.console.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/**
 * The files panel of a page whose record keeps attachments (a piece of equipment, a plant): the
 * page opens it on its record; photos show as thumbnails, every file downloads, staff and
 * technicians add files (a photo taken on the tablet goes straight in) and the back office removes them.
 */
@Named
@ViewScoped
public class AttachmentsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient Attachments attachments;

    private AttachmentOwner owner;
    private long ownerId;
    private String caption;
    private transient List<Attachment> listed;

    public void open(AttachmentOwner kind, long id) {
        this.owner = kind;
        this.ownerId = id;
        this.listed = null;
    }

    public List<Attachment> getAttachments() {
        if (owner == null) {
            return List.of();
        }
        if (listed == null) {
            listed = attachments.of(owner, ownerId);
        }
        return listed;
    }

    public void upload(FileUploadEvent event) {
        try {
            attachments.attach(
                    owner,
                    ownerId,
                    event.getFile().getFileName(),
                    event.getFile().getContent(),
                    caption);
            listed = null;
            caption = null;
            Faces.info("attachment.added", event.getFile().getFileName());
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void remove(long id) {
        try {
            attachments.remove(id);
            listed = null;
            Faces.info("attachment.removed");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public StreamedContent download(long id) {
        StoredFile file = attachments.file(id);
        return Downloads.of(file.fileName(), file.mediaType(), file::content);
    }

    /** The thumbnail, written into the page itself (a few kilobytes), so no second request needs the view. */
    public StreamedContent thumbnail(long id) {
        StoredFile file = attachments.thumbnail(id);
        return Downloads.of(file.fileName(), file.mediaType(), file::content);
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }
}
