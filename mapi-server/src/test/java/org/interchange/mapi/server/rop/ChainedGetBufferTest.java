package org.interchange.mapi.server.rop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.interchange.mapi.codec.http.ExecuteRequest;
import org.interchange.mapi.codec.http.ExecuteResponse;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.RopFastTransferSourceGetBufferRequest;
import org.interchange.mapi.codec.rop.RopFastTransferSourceGetBufferResponse;
import org.interchange.mapi.codec.rop.RopOpenFolderRequest;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopRequestBuffer;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopResponseBuffer;
import org.interchange.mapi.codec.rop.RopSynchronizationConfigureRequest;
import org.interchange.mapi.codec.rop.TableColumns;
import org.interchange.mapi.codec.rpc.ExtendedBuffers;
import org.interchange.mapi.codec.rpc.RpcHeaderExt;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chained RopFastTransferSourceGetBuffer responses ([MS-OXCRPC] 3.1.4.2.1.2) and the compression probe through
 * {@link ExecuteProcessor}: the chained stream equals the one fetched a buffer at a time.
 */
class ChainedGetBufferTest {
    @TempDir
    Path dir;
    MailboxStore store;
    Mailbox alice;
    long inbox;

    @BeforeEach
    void open() {
        store = H2MailboxStore.open(dir);
        alice = store.createMailbox("alice", "Alice", "alice@example.org");
        inbox = alice.folderId(SpecialFolder.INBOX);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void messages(boolean random) {
        Random r = new Random(7);
        for (int i = 0; i < 12; i++) {
            byte[] html = new byte[20_000];
            if (random) {
                r.nextBytes(html);
            } else {
                Arrays.fill(html, (byte) ('a' + i));
            }
            store.createMessage(alice, inbox, NewMessage.of(List.of(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"),
                    PropertyValue.of(PidTag.SUBJECT, "message " + i), PropertyValue.of(PidTag.HTML, html))));
        }
    }

    /** One download on a fresh session; returns the stream and the Execute responses' extended buffer headers. */
    private Download download(int flags) {
        ExecuteProcessor processor = new ExecuteProcessor(RopDispatcher.standard(Clock.systemUTC()), store);
        HandleTable table = new HandleTable();
        List<RopRequest> open = List.of(RopBufferAndIcsStateTest.LOGON, new RopOpenFolderRequest(0, 0, 1, inbox, 0),
                new RopSynchronizationConfigureRequest(0, 1, 2, RopSynchronizationConfigureRequest.CONTENTS, 1, 0x21,
                        new byte[0], 0x05, List.of()));
        int[] handles = execute(processor, table, open, new int[] {-1, -1, -1}, flags).handles;
        Download d = new Download();
        RopRequest get = new RopFastTransferSourceGetBufferRequest(0, 2, 0xBABE, 0x7F00);
        for (int round = 0; round < 100; round++) {
            Executed e = execute(processor, table, List.of(get), handles, flags);
            d.executes++;
            d.headers.addAll(e.headers);
            boolean done = false;
            for (RopResponse r : e.responses) {
                RopFastTransferSourceGetBufferResponse b = (RopFastTransferSourceGetBufferResponse) r;
                assertThat(b.returnValue()).isZero();
                d.stream.writeBytes(b.transferBuffer());
                done = b.transferStatus() == RopFastTransferSourceGetBufferResponse.STATUS_DONE;
            }
            if (done) {
                return d;
            }
        }
        throw new AssertionError("the stream did not end");
    }

    static final class Download {
        final ByteArrayOutputStream stream = new ByteArrayOutputStream();
        final List<RpcHeaderExt> headers = new ArrayList<>();
        int executes;
    }

    record Executed(List<RopResponse> responses, int[] handles, List<RpcHeaderExt> headers) {
    }

    private static Executed execute(ExecuteProcessor processor, HandleTable table, List<RopRequest> rops, int[] handles,
                                    int flags) {
        ExecuteRequest request = new ExecuteRequest(flags, ExtendedBuffers.wrap(new RopRequestBuffer(rops, handles)
                .encode(), false, false), 0x40000, new byte[0]);
        ExecuteResponse response = processor.execute(request, "alice", table);
        assertThat(response.errorCode()).isZero();
        List<RpcHeaderExt> headers = new ArrayList<>();
        ByteReader r = new ByteReader(response.ropBuffer());
        while (r.hasRemaining()) {
            RpcHeaderExt h = RpcHeaderExt.read(r);
            headers.add(h);
            r.skip(h.size());
        }
        List<byte[]> payloads = ExtendedBuffers.unwrap(response.ropBuffer());
        RopResponseBuffer first = RopResponseBuffer.decode(payloads.getFirst(), rops, TableColumns.none());
        List<RopResponse> responses = new ArrayList<>(first.rops());
        for (byte[] extra : payloads.subList(1, payloads.size())) {
            responses.addAll(RopResponseBuffer.decode(extra, List.of(rops.getLast()), TableColumns.none()).rops());
        }
        return new Executed(responses, first.handles(), headers);
    }

    @Test
    void chainedBuffersCarryTheSameStreamInFewerExecutes() {
        messages(true);
        Download single = download(0);
        Download chained = download(ExecuteRequest.FLAG_CHAIN);

        assertThat(chained.stream.toByteArray()).isEqualTo(single.stream.toByteArray());
        assertThat(single.stream.size()).isGreaterThan(12 * 20_000);
        assertThat(single.executes).isGreaterThanOrEqualTo(8);
        assertThat(chained.executes).isLessThanOrEqualTo(2);
        assertThat(chained.headers).hasSizeGreaterThan(2);
        assertThat(chained.headers.getLast().isLast()).isTrue();
        assertThat(chained.headers.subList(0, chained.headers.size() - 1)).noneMatch(RpcHeaderExt::isLast);
    }

    @Test
    void incompressibleResponsesAreSentPlainAndCompressibleOnesCompressed() {
        messages(true);
        Download random = download(ExecuteRequest.FLAG_CHAIN);
        assertThat(random.headers).noneMatch(RpcHeaderExt::isCompressed);

        store.close();
        store = H2MailboxStore.open(dir.resolve("text"));
        alice = store.createMailbox("alice", "Alice", "alice@example.org");
        inbox = alice.folderId(SpecialFolder.INBOX);
        messages(false);
        Download text = download(ExecuteRequest.FLAG_CHAIN);
        assertThat(text.headers).allMatch(RpcHeaderExt::isCompressed);
    }
}
