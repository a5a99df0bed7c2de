package org.interchange.mapi.codec.fxics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.interchange.mapi.codec.property.PropertyName;
import org.interchange.mapi.codec.property.PropertyTag;
import org.junit.jupiter.api.Test;

class SyncStreamRoundTripTest {
    static final UUID PS_PUBLIC_STRINGS = UUID.fromString("00020329-0000-0000-c000-000000000046");
    static final UUID PSETID_COMMON = UUID.fromString("00062008-0000-0000-c000-000000000046");
    static final ReplicaGuid SERVER = new ReplicaGuid(UUID.fromString("b5ffb99b-440f-4f77-b488-c5c6702ee3a8"));

    static List<StreamProperty> header(int n, boolean fai) {
        return List.of(
                StreamProperty.of(StreamProperties.SOURCE_KEY, bytes(22, n)),
                StreamProperty.of(StreamProperties.LAST_MODIFICATION_TIME, Instant.parse("2026-11-29T10:15:30Z").plusSeconds(n)),
                StreamProperty.of(StreamProperties.CHANGE_KEY, bytes(20, n + 1)),
                StreamProperty.of(StreamProperties.PREDECESSOR_CHANGE_LIST, bytes(21, n + 2)),
                StreamProperty.of(StreamProperties.ASSOCIATED, fai),
                StreamProperty.of(new PropertyTag(0x674A0014), 0x0001_0000_0000_1000L + n));
    }

    static MessageContent content(int n, boolean withChildren) {
        List<StreamProperty> props = List.of(
                StreamProperty.of(new PropertyTag(0x0037001F), "Subject " + n + " \u00e9\u4e2d"),
                StreamProperty.of(new PropertyTag(0x0E070003), 0x1),
                StreamProperty.of(new PropertyTag(0x00170003), 1),
                StreamProperty.of(new PropertyTag(0x1000001E), "plain body " + n),
                StreamProperty.of(new PropertyTag(0x0E080003), 1234 + n),
                StreamProperty.of(new PropertyTag(0x00360002), (short) -3),
                StreamProperty.of(new PropertyTag(0x3FDE0003), 65001),
                StreamProperty.of(new PropertyTag(0x0E1B000B), true),
                StreamProperty.of(new PropertyTag(0x10090102), bytes(300, n)),
                StreamProperty.of(new PropertyTag(0x00390040), Instant.parse("2026-01-02T03:04:05Z")),
                StreamProperty.of(new PropertyTag(0x66000005), 2.5d),
                StreamProperty.of(new PropertyTag(0x66010004), 1.5f),
                StreamProperty.of(new PropertyTag(0x66020048), PSETID_COMMON),
                StreamProperty.of(new PropertyTag(0x66031003), List.of(1, 2, 3)),
                StreamProperty.of(new PropertyTag(0x6604101F), List.of("a", "", "b\u00fc")),
                StreamProperty.of(new PropertyTag(0x66051102), List.of(bytes(3, 1), bytes(0, 0))),
                StreamProperty.named(new PropertyTag(0x8001001F), PropertyName.ofName(PS_PUBLIC_STRINGS, "Keywords-x"), "kw"),
                StreamProperty.named(new PropertyTag(0x80020003), PropertyName.ofId(PSETID_COMMON, 0x8510), 42));
        if (!withChildren) {
            return new MessageContent(props, false, List.of(), false, List.of());
        }
        List<MessageContent.Recipient> recipients = List.of(
                new MessageContent.Recipient(List.of(StreamProperty.of(new PropertyTag(0x0C150003), 1),
                        StreamProperty.of(new PropertyTag(0x3001001F), "Alice"),
                        StreamProperty.of(new PropertyTag(0x39FE001F), "alice@example.org"))),
                new MessageContent.Recipient(List.of(StreamProperty.of(new PropertyTag(0x0C150003), 2),
                        StreamProperty.of(new PropertyTag(0x3001001F), "Bob"))));
        List<MessageContent.Attachment> attachments = List.of(
                new MessageContent.Attachment(List.of(StreamProperty.of(new PropertyTag(0x0E210003), 0),
                        StreamProperty.of(new PropertyTag(0x3707001F), "report.pdf"),
                        StreamProperty.of(new PropertyTag(0x37010102), bytes(5000, n))), null),
                new MessageContent.Attachment(List.of(StreamProperty.of(new PropertyTag(0x0E210003), 1),
                        StreamProperty.of(new PropertyTag(0x37050003), 5)), content(n + 100, false)));
        return new MessageContent(props, true, recipients, true, attachments);
    }

    static byte[] bytes(int length, int seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }

    static List<SyncElement> contentsStream() {
        ReplicaId r = new ReplicaId(1);
        List<SyncElement> out = new ArrayList<>();
        out.add(new SyncElement.ProgressTotal(new ProgressInformation(1, 400, 2, 9000)));
        out.add(new SyncElement.ProgressPerMessage(4000, false));
        out.add(new MessageChange(header(1, false), content(1, true)));
        out.add(new SyncElement.ProgressPerMessage(5000, false));
        out.add(new MessageChange(header(2, false), content(2, false)));
        out.add(new SyncElement.ProgressPerMessage(400, true));
        out.add(new MessageChange(header(3, true), content(3, false)));
        out.add(new SyncElement.Deletions(IdSet.<ReplicaId>builder().addRange(r, 0x100, 0x104).add(r, 0x200).build(),
                IdSet.<ReplicaId>builder().add(r, 0x300).build(), IdSet.empty()));
        out.add(new SyncElement.ReadStateChanges(IdSet.<ReplicaId>builder().add(r, 0x10).add(r, 0x12).build(),
                IdSet.<ReplicaId>builder().add(r, 0x11).build()));
        out.add(new SyncElement.SyncState(
                IdSet.<ReplicaGuid>builder().addRange(SERVER, 1, 0x2000).build(),
                IdSet.<ReplicaGuid>builder().addRange(SERVER, 1, 0x5000).build(),
                IdSet.<ReplicaGuid>builder().addRange(SERVER, 1, 0x40).build(),
                IdSet.<ReplicaGuid>builder().addRange(SERVER, 1, 0x4800).build()));
        out.add(new SyncElement.End());
        return out;
    }

    static List<SyncElement> parseContents(List<byte[]> buffers) {
        List<SyncElement> parsed = new ArrayList<>();
        SyncStreamParser parser = SyncStreamParser.contents(10_000_000, parsed::add);
        buffers.forEach(parser::feed);
        parser.finish();
        return parsed;
    }

    static List<byte[]> produce(List<SyncElement> elements, int bufferSize) {
        FastTransferSource source = new FastTransferSource(elements.iterator());
        List<byte[]> buffers = new ArrayList<>();
        while (!source.isDone()) {
            byte[] b = source.nextBuffer(bufferSize);
            assertThat(b.length).isBetween(1, bufferSize);
            buffers.add(b);
        }
        return buffers;
    }

    @Test
    void contentsSyncSurvivesProducerAndParserAtManyBufferSizes() {
        List<SyncElement> elements = contentsStream();
        for (int size : new int[] {4, 5, 7, 16, 31, 100, 1000, 4096, 32_000}) {
            assertThat(parseContents(produce(elements, size))).as("buffer size " + size).isEqualTo(elements);
        }
    }

    @Test
    void messageChangeAccessorsReadTheHeader() {
        MessageChange m = (MessageChange) parseContents(produce(contentsStream(), 512)).get(2);
        assertThat(m.sourceKey()).isEqualTo(bytes(22, 1));
        assertThat(m.changeKey()).isEqualTo(bytes(20, 2));
        assertThat(m.predecessorChangeList()).isEqualTo(bytes(21, 3));
        assertThat(m.lastModificationTime()).isEqualTo(Instant.parse("2026-11-29T10:15:31Z"));
        assertThat(m.associated()).isFalse();
        assertThat(m.content().recipients()).hasSize(2);
        assertThat(m.content().attachments().get(1).embedded().properties()).isEqualTo(content(101, false).properties());
    }

    @Test
    void hierarchySyncRoundTrips() {
        List<SyncElement> elements = List.of(
                new FolderChange(List.of(StreamProperty.of(StreamProperties.PARENT_SOURCE_KEY, bytes(22, 1)),
                        StreamProperty.of(StreamProperties.SOURCE_KEY, bytes(22, 2)),
                        StreamProperty.of(new PropertyTag(0x3001001F), "Inbox"))),
                new FolderChange(List.of(StreamProperty.of(StreamProperties.SOURCE_KEY, bytes(22, 3)),
                        StreamProperty.of(new PropertyTag(0x3001001F), "Sent Items"))),
                new SyncElement.Deletions(IdSet.<ReplicaId>builder().add(new ReplicaId(1), 0x42).build(),
                        IdSet.empty(), IdSet.empty()),
                new SyncElement.SyncState(IdSet.<ReplicaGuid>builder().add(SERVER, 0x42).build(),
                        IdSet.<ReplicaGuid>builder().addRange(SERVER, 1, 0x99).build(), null, null),
                new SyncElement.End());
        List<SyncElement> parsed = new ArrayList<>();
        SyncStreamParser parser = SyncStreamParser.hierarchy(1 << 20, parsed::add);
        produce(elements, 9).forEach(parser::feed);
        parser.finish();
        assertThat(parsed).isEqualTo(elements);
        assertThat(((FolderChange) parsed.get(0)).parentSourceKey()).isEqualTo(bytes(22, 1));
    }

    @Test
    void everySplitPointOfASmallStreamParsesTheSame() {
        List<SyncElement> elements = List.of(
                new MessageChange(header(7, false), new MessageContent(List.of(
                        StreamProperty.of(new PropertyTag(0x0037001F), "Hi"),
                        StreamProperty.named(new PropertyTag(0x8001001F), PropertyName.ofName(PS_PUBLIC_STRINGS, "K"), "v"),
                        StreamProperty.of(new PropertyTag(0x66031003), List.of(7, 8))),
                        false, List.of(new MessageContent.Recipient(List.of(StreamProperty.of(new PropertyTag(0x3001001F), "A")))),
                        false, List.of())),
                new SyncElement.Deletions(IdSet.<ReplicaId>builder().add(new ReplicaId(1), 5).build(), IdSet.empty(), IdSet.empty()),
                new SyncElement.SyncState(IdSet.<ReplicaGuid>builder().add(SERVER, 5).build(),
                        IdSet.<ReplicaGuid>builder().add(SERVER, 9).build(), null, null),
                new SyncElement.End());
        FastTransferWriter w = new FastTransferWriter();
        elements.forEach(e -> SyncStreamWriter.write(e, w));
        byte[] stream = w.bytes();
        for (int cut = 0; cut <= stream.length; cut++) {
            List<SyncElement> parsed = new ArrayList<>();
            SyncStreamParser parser = SyncStreamParser.contents(stream.length, parsed::add);
            parser.feed(stream, 0, cut);
            parser.feed(stream, cut, stream.length - cut);
            parser.finish();
            assertThat(parsed).as("cut at " + cut).isEqualTo(elements);
        }
        List<SyncElement> bytewise = new ArrayList<>();
        SyncStreamParser parser = SyncStreamParser.contents(stream.length, bytewise::add);
        for (int i = 0; i < stream.length; i++) {
            parser.feed(stream, i, 1);
        }
        parser.finish();
        assertThat(bytewise).isEqualTo(elements);
    }

    @Test
    void buffersNeverSplitAnAtom() {
        List<StreamProperty> ints = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ints.add(StreamProperty.of(new PropertyTag(0x66000003 + (i << 16)), i));
        }
        List<SyncElement> elements = List.of(new FolderChange(ints));
        for (byte[] b : produce(elements, 6)) {
            assertThat(b.length).isEqualTo(4);
        }
        // a 1,000-byte binary value is cut inside its data, right after its length
        List<SyncElement> big = List.of(new FolderChange(List.of(StreamProperty.of(StreamProperties.SOURCE_KEY, bytes(1000, 1)))));
        List<byte[]> buffers = produce(big, 300);
        assertThat(buffers).extracting(b -> b.length).containsExactly(300, 300, 300, 112);
        // UTF-16 text is cut at even offsets
        List<SyncElement> text = List.of(new FolderChange(List.of(StreamProperty.of(new PropertyTag(0x3001001F), "abcdefghij"))));
        assertThat(produce(text, 15)).extracting(b -> b.length).containsExactly(14, 14, 6);
    }
}
