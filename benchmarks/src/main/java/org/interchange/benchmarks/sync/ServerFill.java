package org.interchange.benchmarks.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.mime.MapiMessage;
import org.interchange.mapi.objects.mime.MimeConversionException;
import org.interchange.mapi.objects.mime.MimeMessageReader;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.SpecialFolder;

/**
 * Files the corpus into a mailbox of the server's store, as its mail gateway would ([MS-OXCMAIL] MIME to
 * MAPI): ten mail folders below the IPM subtree, each message converted and saved with its read state.
 */
final class ServerFill {
    private final MailboxStore store;
    private final Mailbox mailbox;
    private final long[] folders = new long[Corpus.FOLDERS.size()];

    ServerFill(MailboxStore store, Mailbox mailbox) {
        this.store = store;
        this.mailbox = mailbox;
        long top = mailbox.folderId(SpecialFolder.IPM_SUBTREE);
        for (int f = 0; f < folders.length; f++) {
            folders[f] = store.createFolder(mailbox, top, Corpus.FOLDERS.get(f), "IPF.Note").fid();
        }
    }

    long folderId(int folder) {
        return folders[folder];
    }

    /** Converts and saves one message; returns its message id. */
    long add(Corpus.Message message) {
        MapiMessage mapi;
        try {
            mapi = MimeMessageReader.readEml(message.mime());
        } catch (MimeConversionException e) {
            throw new IllegalStateException("generated message " + message.index() + " does not parse", e);
        }
        List<PropertyValue> props = new ArrayList<>();
        Instant received = Instant.EPOCH;
        for (PropertyValue value : mapi.properties().values()) {
            if (value.tag().equals(PidTag.CLIENT_SUBMIT_TIME)) {
                received = value.asTime();
            }
            if (!value.tag().equals(PidTag.MESSAGE_DELIVERY_TIME) && !value.tag().equals(PidTag.MESSAGE_FLAGS)) {
                props.add(value);
            }
        }
        props.add(PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, received));
        props.add(PropertyValue.of(PidTag.MESSAGE_FLAGS, message.read() ? 1 : 0));
        return store.createMessage(mailbox, folders[message.folder()], new NewMessage(props,
                mapi.recipients().stream().map(PropertyBag::values).toList(),
                mapi.attachments().stream().map(PropertyBag::values).toList())).mid();
    }
}
