package org.interchange.plugin.mapi;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interchange.cache.api.PimFields;
import org.interchange.cache.spi.RemoteAttachment;
import org.interchange.mapi.client.write.AttachmentSpec;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/**
 * A contact's photo ([MS-OXOCNTC] 2.2.1.8: the ContactPicture.jpg attachment with PidTagAttachmentContactPhoto,
 * and PidLidHasPicture) as the cache's base64 {@link PimFields#PHOTO}, both ways.
 */
final class ContactPhoto {
    static final String FILE_NAME = "ContactPicture.jpg";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    private ContactPhoto() {
    }

    /** The photo attachment to upload, with PidLidHasPicture set in {@code b}; none when the field is absent or "". */
    static Optional<AttachmentSpec> write(Map<String, String> fields, PropertyBag.Builder b) {
        String photo = fields.get(PimFields.PHOTO);
        if (photo == null) {
            return Optional.empty();
        }
        if (photo.isBlank()) {
            b.set(PidLid.HAS_PICTURE, false);
            return Optional.empty();
        }
        byte[] bytes = Base64.getMimeDecoder().decode(photo);
        b.set(PidLid.HAS_PICTURE, true);
        String mime = startsWith(bytes, PNG) ? "image/png" : "image/jpeg";
        return Optional.of(new AttachmentSpec(FILE_NAME, mime, bytes,
                List.of(PropertyValue.of(PidTag.ATTACHMENT_CONTACT_PHOTO, true))));
    }

    /** Whether an attachment is the contact's photo (its file name is fixed by [MS-OXOCNTC] 2.2.1.8.1). */
    static boolean isPhoto(RemoteAttachment a) {
        return FILE_NAME.equalsIgnoreCase(a.fileName());
    }

    /** Fills {@link PimFields#PHOTO} from the photo attachment among {@code attachments}, if there is one. */
    static void read(List<RemoteAttachment> attachments, Map<String, String> fields) {
        attachments.stream().filter(ContactPhoto::isPhoto).filter(a -> a.content().length > 0).findFirst()
                .ifPresent(a -> fields.put(PimFields.PHOTO, Base64.getEncoder().encodeToString(a.content())));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
