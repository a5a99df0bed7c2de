package org.interchange.mapi.server.rop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.interchange.mapi.codec.fxics.IcsStateProperties;
import org.interchange.mapi.codec.http.ExecuteRequest;
import org.interchange.mapi.codec.http.ExecuteResponse;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.rop.RopBufferTooSmallResponse;
import org.interchange.mapi.codec.rop.RopFastTransferSourceGetBufferRequest;
import org.interchange.mapi.codec.rop.RopFastTransferSourceGetBufferResponse;
import org.interchange.mapi.codec.rop.RopGetPropertiesAllRequest;
import org.interchange.mapi.codec.rop.RopLogonRequest;
import org.interchange.mapi.codec.rop.RopOpenFolderRequest;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopRequestBuffer;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopResponseBuffer;
import org.interchange.mapi.codec.rop.RopSetMessageStatusRequest;
import org.interchange.mapi.codec.rop.RopSetMessageStatusResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationConfigureRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationUploadStateStreamBeginRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationUploadStateStreamContinueRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationUploadStateStreamEndRequest;
import org.interchange.mapi.codec.rop.TableColumns;
import org.interchange.mapi.codec.rpc.ExtendedBuffers;
import org.interchange.mapi.server.rop.oxcstor.UserDn;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RopBufferTooSmall ([MS-OXCROPS] 2.2.15.1), ICS state validation and RopSetMessageStatus through {@link ExecuteProcessor}. */
class RopBufferAndIcsStateTest {
    static final RopLogonRequest LOGON = new RopLogonRequest(0, 0, RopLogonRequest.LOGON_FLAG_PRIVATE, 0, 0,
            UserDn.of("alice"));

    @TempDir
    Path dir;
    MailboxStore store;
    Mailbox alice;
    ExecuteProcessor processor;
    HandleTable table;

    @BeforeEach
    void open() {
        store = H2MailboxStore.open(dir);
        alice = store.createMailbox("alice", "Alice", "alice@example.org");
        processor = new ExecuteProcessor(RopDispatcher.standard(Clock.systemUTC()), store);
        table = new HandleTable();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aFullOutputBufferAnswersBufferTooSmallWithTheUnprocessedRequests() {
        long inbox = alice.folderId(SpecialFolder.INBOX);
        RopRequest properties = new RopGetPropertiesAllRequest(0, 1, 0x1000, 1);
        RopRequest again = new RopOpenFolderRequest(0, 0, 2, inbox, 0);
        List<RopRequest> rops = List.of(LOGON, new RopOpenFolderRequest(0, 0, 1, inbox, 0), properties, again);

        List<RopResponse> responses = run(rops, 3, 250);

        assertThat(responses).hasSize(3);
        RopBufferTooSmallResponse tooSmall = (RopBufferTooSmallResponse) responses.get(2);
        ByteWriter expected = new ByteWriter();
        properties.encode(expected);
        again.encode(expected);
        assertThat(tooSmall.requestBuffers()).isEqualTo(expected.toByteArray());
        assertThat(tooSmall.sizeNeeded()).isGreaterThan(250);
    }

    @Test
    void aMalformedStatePropertyIsRefusedWithCorruptData() {
        long inbox = alice.folderId(SpecialFolder.INBOX);
        List<RopRequest> rops = List.of(LOGON, new RopOpenFolderRequest(0, 0, 1, inbox, 0),
                new RopSynchronizationConfigureRequest(0, 1, 2, RopSynchronizationConfigureRequest.CONTENTS, 1, 0x21,
                        new byte[0], 0x05, List.of()),
                new RopSynchronizationUploadStateStreamBeginRequest(0, 2, IcsStateProperties.CNSET_SEEN, 3),
                new RopSynchronizationUploadStateStreamContinueRequest(0, 2, new byte[] {1, 2, 3}),
                new RopSynchronizationUploadStateStreamEndRequest(0, 2),
                new RopFastTransferSourceGetBufferRequest(0, 2, 0xBABE, 0x4000));

        List<RopResponse> responses = run(rops, 3, 0x8000);

        assertThat(responses.get(5).returnValue()).isEqualTo(RopErrors.CORRUPT_DATA);
        RopFastTransferSourceGetBufferResponse buffer = (RopFastTransferSourceGetBufferResponse) responses.get(6);
        assertThat(buffer.transferStatus()).isEqualTo(RopFastTransferSourceGetBufferResponse.STATUS_DONE);
        assertThat(buffer.transferBuffer()).isNotEmpty();
    }

    @Test
    void setMessageStatusReplacesTheMaskedBitsAndReturnsTheOldStatus() {
        long inbox = alice.folderId(SpecialFolder.INBOX);
        long mid = store.createMessage(alice, inbox, NewMessage.of(List.of())).mid();
        store.setMessageStatus(alice, mid, 0x2, 0x2);

        List<RopResponse> responses = run(List.of(LOGON, new RopOpenFolderRequest(0, 0, 1, inbox, 0),
                new RopSetMessageStatusRequest(0, 1, mid, 0x1000, 0x1000)), 2, 0x8000);

        assertThat(responses.get(2)).isEqualTo(new RopSetMessageStatusResponse(1, 0x2));
        assertThat(store.message(alice, mid).orElseThrow().state().messageStatus()).isEqualTo(0x1002);
    }

    private List<RopResponse> run(List<RopRequest> rops, int slots, int maxRopOut) {
        int[] handles = new int[slots];
        Arrays.fill(handles, HandleTable.NO_HANDLE);
        ExecuteRequest request = new ExecuteRequest(0, ExtendedBuffers.wrap(new RopRequestBuffer(rops, handles).encode(),
                false, false), maxRopOut, new byte[0]);
        ExecuteResponse response = processor.execute(request, "alice", table);
        assertThat(response.errorCode()).isZero();
        return RopResponseBuffer.decode(ExtendedBuffers.unwrapSingle(response.ropBuffer()), rops, TableColumns.none())
                .rops();
    }
}
