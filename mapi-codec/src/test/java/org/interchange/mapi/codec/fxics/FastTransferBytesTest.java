package org.interchange.mapi.codec.fxics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyName;
import org.interchange.mapi.codec.property.PropertyTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Small streams laid out by hand from [MS-OXCFXICS] 2.2.4 (markers, propValue layouts). */
class FastTransferBytesTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final ReplicaGuid SERVER = new ReplicaGuid(UUID.fromString("b5ffb99b-440f-4f77-b488-c5c6702ee3a8"));
    private static final String SERVER_HEX = "9bb9ffb50f44774fb488c5c6702ee3a8";

    private static String write(SyncElement... elements) {
        FastTransferWriter w = new FastTransferWriter();
        for (SyncElement e : elements) {
            SyncStreamWriter.write(e, w);
        }
        return HEX.formatHex(w.bytes());
    }

    private static List<SyncElement> parseHierarchy(String hex) {
        List<SyncElement> out = new ArrayList<>();
        SyncStreamParser p = SyncStreamParser.hierarchy(1 << 16, out::add);
        p.feed(HEX.parseHex(hex));
        p.finish();
        return out;
    }

    private static List<SyncElement> parseContents(String hex) {
        List<SyncElement> out = new ArrayList<>();
        SyncStreamParser p = SyncStreamParser.contents(1 << 16, out::add);
        p.feed(HEX.parseHex(hex));
        p.finish();
        return out;
    }

    @Test
    void markerTagsAreTheSpecValues() {
        assertThat(FastTransferMarker.INCR_SYNC_CHG.tag()).isEqualTo(0x40120003);
        assertThat(FastTransferMarker.INCR_SYNC_STATE_BEGIN.tag()).isEqualTo(0x403A0003);
        assertThat(FastTransferMarker.INCR_SYNC_PROGRESS_PER_MSG.tag()).isEqualTo(0x4075000B);
        assertThat(FastTransferMarker.of(0x40000003)).contains(FastTransferMarker.NEW_ATTACH);
        assertThat(FastTransferMarker.of(0x0037001F)).isEmpty();
        assertThat(IcsStateProperties.IDSET_GIVEN.value()).isEqualTo(0x40170003);
        assertThat(IcsStateProperties.CNSET_SEEN.value()).isEqualTo(0x67960102);
    }

    @Test
    void hierarchyStreamWithOneFolderByteForByte() {
        String hex = "03001240"                                  // IncrSyncChg
                + "0201e165" + "02000000" + "aabb"               // PidTagParentSourceKey, 2 bytes
                + "1f000130" + "08000000" + "49006e0062000000"   // PidTagDisplayName "Inb" + terminator
                + "03001340"                                     // IncrSyncDel
                + "0201e567" + "0a000000" + "0100" + "06000000000042" + "00" // IdsetDeleted {1:0x42}: Push 6, End
                + "03003a40"                                     // IncrSyncStateBegin
                + "03001740" + "18000000" + SERVER_HEX + "06000000000042" + "00" // IdsetGiven: int32 tag, binary value
                + "02019667" + "1b000000" + SERVER_HEX + "050000000000" + "520199" + "50" + "00" // CnsetSeen {1..0x99}
                + "03003b40"                                     // IncrSyncStateEnd
                + "03001440";                                    // IncrSyncEnd
        SyncElement folder = new FolderChange(List.of(
                StreamProperty.of(StreamProperties.PARENT_SOURCE_KEY, HEX.parseHex("aabb")),
                StreamProperty.of(new PropertyTag(0x3001001F), "Inb")));
        SyncElement deletions = new SyncElement.Deletions(IdSet.<ReplicaId>builder().add(new ReplicaId(1), 0x42).build(),
                IdSet.empty(), IdSet.empty());
        SyncElement state = new SyncElement.SyncState(IdSet.<ReplicaGuid>builder().add(SERVER, 0x42).build(),
                IdSet.<ReplicaGuid>builder().addRange(SERVER, 1, 0x99).build(), null, null);
        assertThat(write(folder, deletions, state, new SyncElement.End())).isEqualTo(hex);
        assertThat(parseHierarchy(hex)).containsExactly(folder, deletions, state, new SyncElement.End());
    }

    @Test
    void progressAndFixedSizeLayoutsByteForByte() {
        String hex = "0b007440" + "02010000" + "20000000"      // IncrSyncProgressMode, PtypBinary untagged, 32 bytes
                + "0000" + "0000" + "01000000" + "6400000000000000" + "02000000" + "00000000" + "c800000000000000"
                + "0b007540" + "03000000" + "10000000" + "0b000000" + "0100" // IncrSyncProgressPerMsg 16, FAI (2-byte bool)
                + "03001240" + "0b00aa67" + "0100" + "40000830" + "0080a3b1ab18d001" // header: Associated, LastModificationTime
                + "03001540" + "02003600" + "fdff"                          // IncrSyncMessage, PtypInteger16 -3
                + "03003a40" + "03003b40" + "03001440";
        List<SyncElement> parsed = parseContents(hex);
        assertThat(parsed.get(0)).isEqualTo(new SyncElement.ProgressTotal(new ProgressInformation(1, 100, 2, 200)));
        assertThat(parsed.get(1)).isEqualTo(new SyncElement.ProgressPerMessage(16, true));
        MessageChange m = (MessageChange) parsed.get(2);
        assertThat(m.associated()).isTrue();
        assertThat(m.lastModificationTime()).isEqualTo(org.interchange.mapi.codec.property.FileTime.toInstant(0x01d018abb1a38000L));
        assertThat(m.content().properties()).containsExactly(StreamProperty.of(new PropertyTag(0x00360002), (short) -3));
        assertThat(parsed.get(3)).isEqualTo(new SyncElement.SyncState(null, null, null, null));
        assertThat(write(parsed.toArray(SyncElement[]::new))).isEqualTo(hex);
    }

    @Test
    void namedPropertiesCarryGuidKindAndLidOrName() {
        UUID ps = UUID.fromString("00020329-0000-0000-c000-000000000046");
        String psHex = "29030200" + "0000" + "0000" + "c000000000000046";
        String hex = "03001240" + "03001540"
                + "1f000180" + psHex + "01" + "4b0057000000" + "06000000" + "780079000000" // MNID_STRING "KW" = "xy"
                + "03000280" + psHex + "00" + "10850000" + "2a000000"                     // MNID_ID 0x8510 = 42
                + "03003a40" + "03003b40" + "03001440";
        MessageChange m = (MessageChange) parseContents(hex).get(0);
        assertThat(m.content().properties()).containsExactly(
                StreamProperty.named(new PropertyTag(0x8001001F), PropertyName.ofName(ps, "KW"), "xy"),
                StreamProperty.named(new PropertyTag(0x80020003), PropertyName.ofId(ps, 0x8510), 42));
        assertThat(write(parseContents(hex).toArray(SyncElement[]::new))).isEqualTo(hex);
    }

    @Test
    void recipientsAttachmentsAndEmbeddedMessageLayout() {
        String hex = "03001240" + "03001540"
                + "03001640" + "0d00120e"                 // MetaTagFXDelProp = PidTagMessageRecipients
                + "03000340" + "0300150c" + "01000000" + "03000440" // StartRecip RecipientType=1 EndToRecip
                + "03001640" + "0d00130e"                 // MetaTagFXDelProp = PidTagMessageAttachments
                + "03000040" + "0300210e" + "00000000"    // NewAttach PidTagAttachNumber 0
                + "03000140" + "1e003700" + "02000000" + "6100" // StartEmbed PidTagSubject8 "a"
                + "03000240" + "03000e40"                 // EndEmbed EndAttach
                + "03003a40" + "03003b40" + "03001440";
        MessageChange m = (MessageChange) parseContents(hex).get(0);
        assertThat(m.content().replaceRecipients()).isTrue();
        assertThat(m.content().replaceAttachments()).isTrue();
        assertThat(m.content().recipients()).hasSize(1);
        MessageContent embedded = m.content().attachments().get(0).embedded();
        assertThat(embedded.properties()).containsExactly(StreamProperty.of(new PropertyTag(0x0037001E), "a"));
        assertThat(write(parseContents(hex).toArray(SyncElement[]::new))).isEqualTo(hex);
    }

    @Test
    void codePageStringsDecodeWithTheirCodePage() {
        // type 0x8000 | 1252 = 0x84E4: PidTagSubject in code page 1252
        String hex = "03001240" + "03001540" + "e4843700" + "02000000" + "e900"
                + "03003a40" + "03003b40" + "03001440";
        MessageChange m = (MessageChange) parseContents(hex).get(0);
        assertThat(m.content().properties().get(0).value().value()).isEqualTo("\u00e9");
    }

    @Test
    void lexerHandsOutTokensAsTheyComplete() {
        List<FastTransferToken> tokens = new ArrayList<>();
        FastTransferLexer lexer = new FastTransferLexer(100, tokens::add);
        byte[] stream = HEX.parseHex("03001240" + "02010000" + "05000000" + "0102030405");
        lexer.feed(stream, 0, 14);
        assertThat(tokens).hasSize(1);
        assertThat(lexer.atTokenBoundary()).isFalse();
        lexer.feed(stream, 14, stream.length - 14);
        assertThat(tokens).hasSize(2);
        assertThat(((FastTransferToken.Property) tokens.get(1)).property().value().asBytes())
                .containsExactly(1, 2, 3, 4, 5);
        lexer.finish();
    }

    @Test
    void declaredLengthBeyondTheStreamLimitFailsWithoutAllocating() {
        FastTransferLexer lexer = new FastTransferLexer(1000, t -> { });
        assertThatThrownBy(() -> lexer.feed(HEX.parseHex("03001240" + "02010000" + "ffffff7f")))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("declares 2147483647 bytes");
        FastTransferLexer multi = new FastTransferLexer(1000, t -> { });
        assertThatThrownBy(() -> multi.feed(HEX.parseHex("03001240" + "03100366" + "00000010")))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("claims 268435456 values");
        FastTransferLexer small = new FastTransferLexer(6, t -> { });
        assertThatThrownBy(() -> small.feed(HEX.parseHex("0300124003001540")))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("exceeds its limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "03001240" + "99000000" + "00",                              // unknown property type 0x0099
        "03001240" + "1f000180" + "2903020000000000c000000000000046" + "02", // named property Kind 0x02
        "03001240" + "1f003700" + "03000000" + "410000",             // UTF-16 string of odd length
        "03001340" + "03001240" + "03001540" + "03003a4003003b4003001440", // deletions before a message change
        "03001240" + "03001540" + "03001440",                         // IncrSyncEnd without state
        "03003a40" + "03003b40" + "03001440" + "03001440",           // data after IncrSyncEnd
        "03007d40",                                                  // IncrSyncChgPartial
        "0300150c" + "01000000",                                     // property outside any element
        "03001240" + "03001540" + "03000340" + "03003a40",           // recipient not closed
        "0b007540" + "03000000" + "10000000" + "0b000000" + "0000" + "03001340" + "0201e567" + "00000000" + "03003a40", // progressPerMessage then deletions
        "03001240" + "0201e567",                                     // truncated inside a value
        "03001240" + "03001540" + "03001640" + "03000000" + "03003a4003003b4003001440", // FXDelProp with wrong value
        "03003a40" + "0201e567" + "01000000" + "00" + "03003b40" + "03001440", // non-state property in state
        "03003a40" + "02019667" + "04000000" + "01020304" + "03003b40" + "03001440", // state IDSET truncated
        "03002f40" + "0201e567" + "00000000" + "03003a40",           // readStateChanges with a deletion property
        "0b007440" + "02010000" + "04000000" + "00000000" + "03003a4003003b4003001440" // ProgressInformation too short
    })
    void malformedStreamsFailWithCodecException(String hex) {
        SyncStreamParser p = SyncStreamParser.contents(1 << 16, e -> { });
        assertThatThrownBy(() -> {
            p.feed(HEX.parseHex(hex));
            p.finish();
        }).isInstanceOf(MapiCodecException.class);
    }

    @Test
    void hierarchyStreamsRejectReadStateChanges() {
        SyncStreamParser p = SyncStreamParser.hierarchy(1 << 16, e -> { });
        assertThatThrownBy(() -> p.feed(HEX.parseHex("03002f40" + "02012d40" + "00000000" + "03003a40")))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("not allowed");
    }

    @Test
    void transferStateStreamHoldsOnlyTheStateElement() {
        String hex = "03003a40" + "02019667" + "1b000000" + SERVER_HEX + "050000000000" + "520199" + "50" + "00"
                + "03003b40";
        List<SyncElement> out = new ArrayList<>();
        SyncStreamParser p = SyncStreamParser.transferState(1 << 16, out::add);
        p.feed(HEX.parseHex(hex));
        p.finish();
        assertThat(p.isEnded()).isTrue();
        assertThat(p.position()).isEqualTo(hex.length() / 2);
        assertThat(out).containsExactly(new SyncElement.SyncState(null,
                IdSet.<ReplicaGuid>builder().addRange(SERVER, 1, 0x99).build(), null, null));
        assertThatThrownBy(() -> p.feed(HEX.parseHex("03001440"))).isInstanceOf(MapiCodecException.class)
                .hasMessageContaining("after the end");
        SyncStreamParser cut = SyncStreamParser.transferState(1 << 16, e -> { });
        cut.feed(HEX.parseHex("03003a40"));
        assertThatThrownBy(cut::finish).isInstanceOf(MapiCodecException.class)
                .hasMessageContaining("without a complete state element");
    }
}
