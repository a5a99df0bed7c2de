package org.interchange.mapi.codec.ids;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.CodecArbitraries;

/** Round trips of the ids and entry IDs of [MS-OXCDATA] 2.2.1, 2.2.4 and 2.2.5, decoded through {@link EntryId#decode}. */
class EntryIdRoundTripProperties {

    static Arbitrary<Long> counters() {
        return Arbitraries.longs().between(0, GlobalCounter.MAX);
    }

    static Arbitrary<GlobalId> gids() {
        return Combinators.combine(CodecArbitraries.uuids(), counters()).as(GlobalId::new);
    }

    @Provide
    Arbitrary<EntryId> entryIds() {
        Arbitrary<String> dn = CodecArbitraries.ascii();
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers(), CodecArbitraries.uuids(), Arbitraries.of(1, 3, 5), gids())
                        .as((flags, provider, type, gid) -> new FolderEntryId(flags, provider, type,
                                gid.databaseGuid(), gid.globalCounter())),
                Combinators.combine(Arbitraries.integers(), CodecArbitraries.uuids(), Arbitraries.of(7, 9), gids(), gids())
                        .as(MessageEntryId::new),
                Combinators.combine(Arbitraries.integers(), Arbitraries.of(true, false), Arbitraries.integers(),
                                Arbitraries.of(StoreEntryId.MAILBOX_STORE_TYPE, StoreEntryId.PUBLIC_STORE_TYPE), dn,
                                dn.optional())
                        .as(StoreEntryId::new),
                Combinators.combine(Arbitraries.integers(), Arbitraries.integers(), Arbitraries.integers(), dn)
                        .as(AddressBookEntryId::new),
                Combinators.combine(CodecArbitraries.uuids(), Arbitraries.integers(), Arbitraries.integers())
                        .as(EphemeralEntryId::new),
                Combinators.combine(Arbitraries.integers(), Arbitraries.of(0, OneOffEntryId.NO_RICH_INFO,
                                OneOffEntryId.UNICODE, OneOffEntryId.UNICODE | OneOffEntryId.NO_RICH_INFO), dn, dn, dn)
                        .as(OneOffEntryId::new),
                Combinators.combine(Arbitraries.integers(), CodecArbitraries.unicode(), CodecArbitraries.unicode(),
                        CodecArbitraries.unicode()).as((f, a, b, c) -> new OneOffEntryId(f, OneOffEntryId.UNICODE, a, b, c)));
    }

    @Property(tries = 250)
    void everyEntryIdRoundTripsThroughTheGenericDecoder(@ForAll("entryIds") EntryId id) {
        byte[] bytes = id.encode();
        assertThat(EntryId.decode(bytes)).isEqualTo(id);
        assertThat(EntryId.decode(bytes).encode()).isEqualTo(bytes);
    }

    @Property(tries = 120)
    void folderAndMessageIdsMapOneToOneToTheirLongs(@ForAll long wire) {
        assertThat(FolderId.fromLong(wire).toLong()).isEqualTo(wire);
        assertThat(MessageId.fromLong(wire).toLong()).isEqualTo(wire);
        ByteWriter out = new ByteWriter();
        FolderId.fromLong(wire).encode(out);
        assertThat(FolderId.decode(new ByteReader(out.toByteArray()))).isEqualTo(FolderId.fromLong(wire));
    }

    @Provide
    Arbitrary<LongTermId> longTermIds() {
        return Combinators.combine(CodecArbitraries.uuids(), counters(), Arbitraries.integers().between(0, 0xFFFF))
                .as(LongTermId::new);
    }

    @Property(tries = 120)
    void longTermIdsAndGidsRoundTrip(@ForAll("longTermIds") LongTermId id) {
        ByteWriter out = new ByteWriter();
        id.encode(out);
        id.gid().encode(out);
        ByteReader in = new ByteReader(out.toByteArray());
        assertThat(LongTermId.decode(in)).isEqualTo(id);
        assertThat(GlobalId.decode(in)).isEqualTo(id.gid());
        assertThat(in.remaining()).isZero();
    }
}
