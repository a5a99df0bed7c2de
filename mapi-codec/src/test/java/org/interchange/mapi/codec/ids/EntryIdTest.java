package org.interchange.mapi.codec.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.junit.jupiter.api.Test;

/** Byte layouts of the ids and entry IDs, [MS-OXCDATA] 2.2.1, 2.2.4, 2.2.5. */
class EntryIdTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void folderIdKeepsReplicaIdFirstAndTheCounterMostSignificantByteFirst() {
        FolderId fid = new FolderId(0x0001, 0x000000000102L);
        // wire: 01 00 | 00 00 00 00 01 02
        assertThat(HexFormat.of().withUpperCase().toHexDigits(Long.reverseBytes(fid.toLong()))).isEqualTo("0100000000000102");
        assertThat(FolderId.fromLong(fid.toLong())).isEqualTo(fid);
    }

    @Test
    void storeEntryIdOfAMailboxHasTheSpecifiedLayout() {
        StoreEntryId id = StoreEntryId.mailbox("srv", "/o=x");
        byte[] bytes = id.encode();
        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo("00000000" + "38a1bb1005e5101aa1bb08002b2a56c2" + "00" + "00"
                + "656d736d64622e646c6c00000000" + "00000000" + "1b55fa20aa6611cd9bc800aa002fc45a" + "0c000000"
                + "73727600" + "2f6f3d7800");
        assertThat(EntryId.decode(bytes)).isEqualTo(id);
        assertThat(EntryId.decode(StoreEntryId.publicFolders("srv").encode()))
                .isEqualTo(new StoreEntryId(0, true, 0, StoreEntryId.PUBLIC_STORE_TYPE, "srv", Optional.empty()));
    }

    @Test
    void oneOffEntryIdWritesUnicodeStringsWhenFlagged() {
        byte[] bytes = OneOffEntryId.smtp("A", "a@b").encode();
        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo("00000000" + "812b1fa4bea310199d6e00dd010f5402" + "0000"
                + "0180" + "41000000" + "53004d00540050000000" + "610040006200" + "0000");
        assertThat(EntryId.decode(bytes)).isEqualTo(OneOffEntryId.smtp("A", "a@b"));
    }

    @Test
    void addressBookAndEphemeralEntryIdsAreRecognised() {
        AddressBookEntryId permanent = AddressBookEntryId.of(AddressBookEntryId.LOCAL_MAIL_USER, "/o=x/cn=a");
        assertThat(permanent.encode()).hasSize(28 + 9 + 1);
        assertThat(EntryId.decode(permanent.encode())).isEqualTo(permanent);
        EphemeralEntryId ephemeral = new EphemeralEntryId(UUID.randomUUID(), 0, 42);
        assertThat(ephemeral.encode()).hasSize(32).startsWith(0x87);
        assertThat(EntryId.decode(ephemeral.encode())).isEqualTo(ephemeral);
    }

    @Test
    void malformedEntryIdsNameTheProblem() {
        assertThatThrownBy(() -> EntryId.decode(new byte[5])).isInstanceOf(MapiCodecException.class)
                .hasMessageContaining("shorter");
        assertThatThrownBy(() -> EntryId.decode(new byte[50])).isInstanceOf(MapiCodecException.class)
                .hasMessageContaining("50 bytes");
        byte[] store = StoreEntryId.mailbox("srv", "/o=x").encode();
        store[store.length - 1] = 'x';
        assertThatThrownBy(() -> EntryId.decode(store)).isInstanceOf(MapiCodecException.class)
                .hasMessageContaining("terminator");
        assertThatThrownBy(() -> new FolderId(0, 1L << 48)).isInstanceOf(MapiCodecException.class);
        assertThatThrownBy(() -> EntryId.decode(hex("00000000 dca740c8c042101ab4b908002b2fe182 01000000")))
                .isInstanceOf(MapiCodecException.class);
    }
}
