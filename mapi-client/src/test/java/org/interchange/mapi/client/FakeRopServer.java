package org.interchange.mapi.client;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.interchange.mapi.client.internal.http.FakeMapiHttpServer;
import org.interchange.mapi.codec.http.ConnectResponse;
import org.interchange.mapi.codec.http.DisconnectResponse;
import org.interchange.mapi.codec.http.ExecuteRequest;
import org.interchange.mapi.codec.http.ExecuteResponse;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.RecipientRow;
import org.interchange.mapi.codec.property.StandardPropertyRow;
import org.interchange.mapi.codec.property.TypedString;
import org.interchange.mapi.codec.rop.LogonTime;
import org.interchange.mapi.codec.rop.OpenRecipientRow;
import org.interchange.mapi.codec.rop.RopBackoffResponse;
import org.interchange.mapi.codec.rop.RopBufferTooSmallResponse;
import org.interchange.mapi.codec.rop.RopErrorResponse;
import org.interchange.mapi.codec.rop.RopGetAttachmentTableRequest;
import org.interchange.mapi.codec.rop.RopGetAttachmentTableResponse;
import org.interchange.mapi.codec.rop.RopGetContentsTableRequest;
import org.interchange.mapi.codec.rop.RopGetContentsTableResponse;
import org.interchange.mapi.codec.rop.RopGetHierarchyTableRequest;
import org.interchange.mapi.codec.rop.RopGetHierarchyTableResponse;
import org.interchange.mapi.codec.rop.RopGetPropertiesAllRequest;
import org.interchange.mapi.codec.rop.RopGetPropertiesAllResponse;
import org.interchange.mapi.codec.rop.RopGetPropertiesSpecificRequest;
import org.interchange.mapi.codec.rop.RopGetPropertiesSpecificResponse;
import org.interchange.mapi.codec.rop.RopGetPropertyIdsFromNamesRequest;
import org.interchange.mapi.codec.rop.RopGetPropertyIdsFromNamesResponse;
import org.interchange.mapi.codec.rop.RopLogonPrivateMailboxResponse;
import org.interchange.mapi.codec.rop.RopLogonRequest;
import org.interchange.mapi.codec.rop.RopOpenAttachmentRequest;
import org.interchange.mapi.codec.rop.RopOpenAttachmentResponse;
import org.interchange.mapi.codec.rop.RopOpenFolderRequest;
import org.interchange.mapi.codec.rop.RopOpenFolderResponse;
import org.interchange.mapi.codec.rop.RopOpenMessageRequest;
import org.interchange.mapi.codec.rop.RopOpenMessageResponse;
import org.interchange.mapi.codec.rop.RopOpenStreamRequest;
import org.interchange.mapi.codec.rop.RopOpenStreamResponse;
import org.interchange.mapi.codec.rop.RopQueryRowsRequest;
import org.interchange.mapi.codec.rop.RopQueryRowsResponse;
import org.interchange.mapi.codec.rop.RopReadStreamRequest;
import org.interchange.mapi.codec.rop.RopReadStreamResponse;
import org.interchange.mapi.codec.rop.RopReleaseRequest;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopRequestBuffer;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopResponseBuffer;
import org.interchange.mapi.codec.rop.RopSetColumnsRequest;
import org.interchange.mapi.codec.rop.RopSetColumnsResponse;
import org.interchange.mapi.codec.rpc.ExtendedBuffers;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;

/**
 * A scripted EMSMDB server for session tests: it decodes each Execute's ROP input buffer with the
 * codec, answers from a tiny in-memory mailbox following [MS-OXCROPS] (handle table slots, tables
 * with cursors, streams, RopRelease), and records every ROP buffer it received. Knobs inject
 * RopBufferTooSmall, RopBackoff and chained ReadStream buffers.
 */
final class FakeRopServer {
    static final int NOT_FOUND = 0x8004010F;
    static final int NOT_ENOUGH_MEMORY = 0x8007000E;
    static final int NULL_OBJECT = 0x000004B9;
    static final long ROOT = 0x0001_0000_0000_0001L;
    static final long IPM_SUBTREE = 0x0002_0000_0000_0001L;
    static final long INBOX = 0x0003_0000_0000_0001L;
    static final UUID MAILBOX_GUID = UUID.fromString("11111111-2222-3333-4444-555555555555");

    record Folder(long id, long parent, String name, String containerClass) {
    }

    record Attachment(int number, String fileName, String mimeType, byte[] data) {
    }

    record Recipient(int type, String displayName, String smtpAddress) {
    }

    record Message(long id, long folder, Map<PropertyTag, Object> properties, List<Attachment> attachments,
                   List<Recipient> recipients) {
        Message(long id, long folder, Map<PropertyTag, Object> properties, List<Attachment> attachments) {
            this(id, folder, properties, attachments, List.of());
        }
    }

    /** The columns of the recipient rows sent with RopOpenMessage. */
    static final List<PropertyTag> RECIPIENT_COLUMNS = List.of(PidTag.SMTP_ADDRESS);

    private sealed interface ServerObject permits Logon, FolderObj, Table, MessageObj, AttachmentObj, Stream {
    }

    private record Logon() implements ServerObject {
    }

    private record FolderObj(long id) implements ServerObject {
    }

    private static final class Table implements ServerObject {
        final List<Map<PropertyTag, Object>> rows;
        List<PropertyTag> columns = List.of();
        int cursor;

        Table(List<Map<PropertyTag, Object>> rows) {
            this.rows = rows;
        }
    }

    private record MessageObj(Message message) implements ServerObject {
    }

    private record AttachmentObj(Attachment attachment) implements ServerObject {
    }

    private static final class Stream implements ServerObject {
        final byte[] data;
        int position;

        Stream(byte[] data) {
            this.data = data;
        }
    }

    final List<Folder> folders = new ArrayList<>();
    final List<Message> messages = new ArrayList<>();
    final Map<PidLid, Integer> namedIds = new HashMap<>();
    /** Every ROP input buffer received, in order. */
    final List<RopRequestBuffer> executes = new CopyOnWriteArrayList<>();
    final List<Integer> released = new CopyOnWriteArrayList<>();
    /** Answer the next Execute with only this many responses, then RopBufferTooSmall. */
    int bufferTooSmallAfter = -1;
    /** Answer the next Execute with RopBackoff for this many milliseconds. */
    int backoffMillis = -1;
    /** Claim this many more recipients in RopOpenMessage than the rows sent. */
    int extraRecipients;
    /** Chain further ReadStream responses after a final RopReadStream. */
    boolean chainReads;
    private final Map<Integer, ServerObject> handles = new HashMap<>();
    private int nextHandle = 0x100;

    FakeRopServer() {
        folders.add(new Folder(INBOX, IPM_SUBTREE, "Inbox", "IPF.Note"));
        folders.add(new Folder(0x0004_0000_0000_0001L, IPM_SUBTREE, "Calendar", "IPF.Appointment"));
        folders.add(new Folder(0x0005_0000_0000_0001L, INBOX, "Projects", "IPF.Note"));
        folders.add(new Folder(0x0006_0000_0000_0001L, 0x0005_0000_0000_0001L, "Archive", ""));
        folders.add(new Folder(0x0007_0000_0000_0001L, IPM_SUBTREE, "Contacts", "IPF.Contact"));
    }

    void install(FakeMapiHttpServer http) {
        http.otherwise(request -> switch (request.header("X-RequestType")) {
            case "Connect" -> FakeMapiHttpServer.framed(0, new ConnectResponse(0, 0, 60000, 6, 2500,
                    "/o=Fake", "Fake User", new byte[0]).encode(), 0, "MapiContext=fake", "MapiSequence=1");
            case "Disconnect" -> FakeMapiHttpServer.framed(0, new DisconnectResponse(0, 0, new byte[0]).encode(), 0);
            default -> FakeMapiHttpServer.framed(0, execute(request.body()), 0);
        });
    }

    int executeCount() {
        return executes.size();
    }

    private synchronized byte[] execute(byte[] body) {
        ExecuteRequest request = ExecuteRequest.decode(body);
        RopRequestBuffer in = RopRequestBuffer.decode(ExtendedBuffers.unwrapSingle(request.ropBuffer()));
        executes.add(in);
        int[] table = in.handles();
        List<byte[]> payloads = new ArrayList<>();
        List<RopResponse> responses = new ArrayList<>();
        if (backoffMillis >= 0) {
            responses.add(new RopBackoffResponse(0, backoffMillis, List.of(), new byte[0]));
            backoffMillis = -1;
            payloads.add(new RopResponseBuffer(responses, table).encode());
        } else {
            int limit = bufferTooSmallAfter;
            bufferTooSmallAfter = -1;
            List<RopRequest> rops = in.rops();
            for (int i = 0; i < rops.size(); i++) {
                if (limit >= 0 && responses.size() == limit) {
                    ByteWriter unprocessed = new ByteWriter();
                    rops.subList(i, rops.size()).forEach(r -> r.encode(unprocessed));
                    responses.add(new RopBufferTooSmallResponse(0x8000, unprocessed.toByteArray()));
                    break;
                }
                RopResponse response = handle(rops.get(i), table);
                if (response != null) {
                    responses.add(response);
                }
            }
            payloads.add(new RopResponseBuffer(responses, table).encode());
            RopRequest last = rops.getLast();
            while (chainReads && last instanceof RopReadStreamRequest read
                    && handles.get(table[read.inputHandleIndex()]) instanceof Stream s
                    && s.position < s.data.length) {
                payloads.add(new RopResponseBuffer(List.of(handle(read, table)), table).encode());
            }
        }
        return new ExecuteResponse(0, 0, 0, ExtendedBuffers.wrap(payloads, true, true), new byte[0]).encode();
    }

    private int open(int[] table, int slot, ServerObject object) {
        int h = nextHandle++;
        handles.put(h, object);
        table[slot] = h;
        return slot;
    }

    private RopResponse handle(RopRequest rop, int[] table) {
        ServerObject target = rop instanceof RopLogonRequest ? null : handles.get(table[rop.inputHandleIndex()]);
        switch (rop) {
            case RopReleaseRequest r -> {
                released.add(table[r.inputHandleIndex()]);
                handles.remove(table[r.inputHandleIndex()]);
                return null;
            }
            case RopLogonRequest r -> {
                open(table, r.outputHandleIndex(), new Logon());
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < 13; i++) {
                    ids.add(i == 0 ? ROOT : i == 3 ? IPM_SUBTREE : i == 4 ? INBOX : 0x0100_0000_0000_0001L + i);
                }
                return new RopLogonPrivateMailboxResponse(r.outputHandleIndex(), r.logonFlags(), ids, 0x01,
                        MAILBOX_GUID, 1, MAILBOX_GUID, LogonTime.of(LocalDateTime.of(2026, 11, 29, 14, 0)), 0, 0);
            }
            default -> {
                if (target == null) {
                    return RopErrorResponse.of(rop, NULL_OBJECT);
                }
            }
        }
        return switch (rop) {
            case RopOpenFolderRequest r -> {
                boolean known = r.folderId() == IPM_SUBTREE || r.folderId() == ROOT
                        || folders.stream().anyMatch(f -> f.id() == r.folderId());
                if (!known) {
                    yield RopErrorResponse.of(r, NOT_FOUND);
                }
                open(table, r.outputHandleIndex(), new FolderObj(r.folderId()));
                yield new RopOpenFolderResponse(r.outputHandleIndex(), false, false, 0, List.of());
            }
            case RopGetHierarchyTableRequest r -> {
                List<Map<PropertyTag, Object>> rows = new ArrayList<>();
                addSubfolders(((FolderObj) target).id(), 0, rows);
                open(table, r.outputHandleIndex(), new Table(rows));
                yield new RopGetHierarchyTableResponse(r.outputHandleIndex(), rows.size());
            }
            case RopGetContentsTableRequest r -> {
                long folder = ((FolderObj) target).id();
                List<Map<PropertyTag, Object>> rows = new ArrayList<>();
                for (Message m : messages) {
                    if (m.folder() == folder) {
                        Map<PropertyTag, Object> row = new LinkedHashMap<>(m.properties());
                        row.put(PidTag.MID, m.id());
                        rows.add(row);
                    }
                }
                open(table, r.outputHandleIndex(), new Table(rows));
                yield new RopGetContentsTableResponse(r.outputHandleIndex(), rows.size());
            }
            case RopGetAttachmentTableRequest r -> {
                List<Map<PropertyTag, Object>> rows = new ArrayList<>();
                for (Attachment a : ((MessageObj) target).message().attachments()) {
                    Map<PropertyTag, Object> row = new LinkedHashMap<>();
                    row.put(PidTag.ATTACH_NUMBER, a.number());
                    row.put(PidTag.ATTACH_METHOD, 1);
                    row.put(PidTag.ATTACH_LONG_FILENAME, a.fileName());
                    row.put(PidTag.ATTACH_MIME_TAG, a.mimeType());
                    row.put(PidTag.ATTACH_SIZE, a.data().length);
                    rows.add(row);
                }
                open(table, r.outputHandleIndex(), new Table(rows));
                yield new RopGetAttachmentTableResponse(r.outputHandleIndex());
            }
            case RopSetColumnsRequest r -> {
                ((Table) target).columns = r.propertyTags();
                yield new RopSetColumnsResponse(r.inputHandleIndex(), 0);
            }
            case RopQueryRowsRequest r -> {
                Table t = (Table) target;
                List<PropertyRow> rows = new ArrayList<>();
                while (t.cursor < t.rows.size() && rows.size() < r.rowCount()) {
                    Map<PropertyTag, Object> row = t.rows.get(t.cursor++);
                    rows.add(PropertyRow.of(t.columns, tag -> value(row, tag, Integer.MAX_VALUE), NOT_FOUND));
                }
                yield new RopQueryRowsResponse(r.inputHandleIndex(), t.cursor == t.rows.size() ? 2 : 1, rows);
            }
            case RopOpenMessageRequest r -> {
                Message m = messages.stream().filter(x -> x.id() == r.messageId() && x.folder() == r.folderId())
                        .findFirst().orElse(null);
                if (m == null) {
                    yield RopErrorResponse.of(r, NOT_FOUND);
                }
                open(table, r.outputHandleIndex(), new MessageObj(m));
                List<OpenRecipientRow> recipients = m.recipients().stream().map(x -> new OpenRecipientRow(x.type(),
                        0x04B0, 0, new RecipientRow(RecipientRow.TYPE_NONE | RecipientRow.FLAG_O | RecipientRow.FLAG_E
                                | RecipientRow.FLAG_D | RecipientRow.FLAG_U, 0, 0, null, null, null, "SMTP",
                                x.smtpAddress(), x.displayName(), null, null,
                                new StandardPropertyRow(RECIPIENT_COLUMNS,
                                        List.of(PropertyValue.of(PidTag.SMTP_ADDRESS, x.smtpAddress())))))).toList();
                yield new RopOpenMessageResponse(r.outputHandleIndex(), false, TypedString.absent(),
                        TypedString.of((String) m.properties().get(PidTag.SUBJECT)), recipients.size() + extraRecipients,
                        RECIPIENT_COLUMNS, recipients);
            }
            case RopGetPropertiesAllRequest r -> {
                Map<PropertyTag, Object> props = ((MessageObj) target).message().properties();
                List<PropertyValue> values = new ArrayList<>();
                for (PropertyTag tag : props.keySet()) {
                    values.add(value(props, tag, r.propertySizeLimit()));
                }
                yield new RopGetPropertiesAllResponse(r.inputHandleIndex(), values);
            }
            case RopGetPropertiesSpecificRequest r -> {
                Map<PropertyTag, Object> props = ((MessageObj) target).message().properties();
                yield new RopGetPropertiesSpecificResponse(r.inputHandleIndex(), PropertyRow.of(r.propertyTags(),
                        tag -> value(props, tag, r.propertySizeLimit()), NOT_FOUND));
            }
            case RopOpenAttachmentRequest r -> {
                Attachment a = ((MessageObj) target).message().attachments().stream()
                        .filter(x -> x.number() == r.attachmentId()).findFirst().orElse(null);
                if (a == null) {
                    yield RopErrorResponse.of(r, NOT_FOUND);
                }
                open(table, r.outputHandleIndex(), new AttachmentObj(a));
                yield new RopOpenAttachmentResponse(r.outputHandleIndex());
            }
            case RopOpenStreamRequest r -> {
                byte[] data = streamData(target, r.propertyTag());
                if (data == null) {
                    yield RopErrorResponse.of(r, NOT_FOUND);
                }
                open(table, r.outputHandleIndex(), new Stream(data));
                yield new RopOpenStreamResponse(r.outputHandleIndex(), data.length);
            }
            case RopReadStreamRequest r -> {
                Stream s = (Stream) target;
                int n = Math.min(r.byteCount(), s.data.length - s.position);
                byte[] chunk = java.util.Arrays.copyOfRange(s.data, s.position, s.position + n);
                s.position += n;
                yield new RopReadStreamResponse(r.inputHandleIndex(), 0, chunk);
            }
            case RopGetPropertyIdsFromNamesRequest r -> {
                List<Integer> ids = new ArrayList<>();
                boolean missing = false;
                for (var name : r.propertyNames()) {
                    Integer id = namedIds.entrySet().stream()
                            .filter(e -> e.getKey().propertySet().equals(name.guid()) && e.getKey().lid() == name.lid())
                            .map(Map.Entry::getValue).findFirst().orElse(0);
                    missing |= id == 0;
                    ids.add(id);
                }
                yield new RopGetPropertyIdsFromNamesResponse(r.inputHandleIndex(),
                        missing ? RopGetPropertyIdsFromNamesResponse.EC_WARN_WITH_ERRORS : 0, ids);
            }
            default -> throw new IllegalStateException("FakeRopServer does not handle " + rop.ropId());
        };
    }

    private void addSubfolders(long parent, int depth, List<Map<PropertyTag, Object>> rows) {
        for (Folder f : folders) {
            if (f.parent() == parent) {
                Map<PropertyTag, Object> row = new LinkedHashMap<>();
                row.put(PidTag.FOLDER_ID, f.id());
                row.put(PidTag.PARENT_FOLDER_ID, f.parent());
                row.put(PidTag.DISPLAY_NAME, f.name());
                if (!f.containerClass().isEmpty()) {
                    row.put(PidTag.CONTAINER_CLASS, f.containerClass());
                }
                long count = messages.stream().filter(m -> m.folder() == f.id()).count();
                row.put(PidTag.CONTENT_COUNT, (int) count);
                row.put(PidTag.CONTENT_UNREAD_COUNT, (int) count);
                row.put(PidTag.SUBFOLDERS, folders.stream().anyMatch(c -> c.parent() == f.id()));
                row.put(PidTag.DEPTH, depth);
                rows.add(row);
                addSubfolders(f.id(), depth + 1, rows);
            }
        }
    }

    private static PropertyValue value(Map<PropertyTag, Object> props, PropertyTag tag, int sizeLimit) {
        Object v = props.get(tag);
        if (v == null) {
            return null;
        }
        int size = v instanceof String s ? s.length() * 2 + 2 : v instanceof byte[] b ? b.length : 8;
        if (sizeLimit > 0 && size > sizeLimit) {
            return PropertyValue.error(tag, NOT_ENOUGH_MEMORY);
        }
        return PropertyValue.of(tag, v);
    }

    private static byte[] streamData(ServerObject target, PropertyTag tag) {
        if (target instanceof AttachmentObj a) {
            return tag.equals(PidTag.ATTACH_DATA_BINARY) ? a.attachment().data() : null;
        }
        Object v = ((MessageObj) target).message().properties().get(tag);
        if (v instanceof String s) {
            return (s + "\0").getBytes(StandardCharsets.UTF_16LE);
        }
        return (byte[]) v;
    }
}
