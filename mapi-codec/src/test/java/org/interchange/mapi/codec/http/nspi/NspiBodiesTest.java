package org.interchange.mapi.codec.http.nspi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.Restriction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NspiBodiesTest {
    static final PropertyTag DISPLAY_NAME = PropertyTag.of(0x3001, PropertyType.STRING);
    static final PropertyTag DISPLAY_TYPE = PropertyTag.of(0x3900, PropertyType.INTEGER32);
    static final PropertyTag SMTP = PropertyTag.of(0x39FE, PropertyType.STRING);
    static final PropertyTag ENTRY_ID = PropertyTag.of(0x0FFF, PropertyType.BINARY);
    static final PropertyTag PROXIES = PropertyTag.of(0x800F, PropertyType.MULTIPLE_STRING);
    static final Stat STAT = new Stat(0, 0, 1, -2, 3, 4, 1252, 0x409, 0x409);
    static final AuxiliaryBuffer AUX = AuxiliaryBuffer.of(new byte[] {1, 2, 3});
    static final AuxiliaryBuffer NONE = AuxiliaryBuffer.EMPTY;

    /** One sample per body type with its encoder and decoder. */
    record Sample(String name, Object value, Supplier<byte[]> encode, Function<byte[], Object> decode) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Sample s(Object value, Supplier<byte[]> encode, Function<byte[], Object> decode) {
        return new Sample(value.getClass().getSimpleName(), value, encode, decode);
    }

    static AddressBookPropertyRowSet rows() {
        List<PropertyTag> columns = List.of(DISPLAY_NAME, DISPLAY_TYPE, SMTP, PROXIES, PropertyTag.of(0x0FFE, PropertyType.UNSPECIFIED));
        return new AddressBookPropertyRowSet(columns, List.of(
                new AddressBookPropertyRow(false, List.of(PropertyValue.of(DISPLAY_NAME, "Alice"),
                        PropertyValue.of(DISPLAY_TYPE, 0), PropertyValue.of(SMTP, null),
                        PropertyValue.of(PROXIES, List.of("SMTP:a@x", "x500:/o=x")),
                        PropertyValue.of(PropertyTag.of(0x0FFE, PropertyType.INTEGER32), 6))),
                new AddressBookPropertyRow(true, List.of(PropertyValue.of(DISPLAY_NAME, "Bob"),
                        PropertyValue.error(DISPLAY_TYPE, 0x8004010F), PropertyValue.error(SMTP, 0x80040102),
                        PropertyValue.of(PROXIES, List.of()),
                        PropertyValue.of(PropertyTag.of(0x0FFE, PropertyType.STRING), "t")))));
    }

    static List<Sample> samples() {
        Restriction filter = new Restriction.And(List.of(
                new Restriction.Content(Restriction.Content.PREFIX, Restriction.Content.IGNORECASE, DISPLAY_NAME,
                        PropertyValue.of(DISPLAY_NAME, "al")),
                new Restriction.Not(new Restriction.Exist(SMTP)),
                new Restriction.Property(4, DISPLAY_TYPE, PropertyValue.of(DISPLAY_TYPE, 0))));
        List<PropertyValue> props = List.of(PropertyValue.of(DISPLAY_NAME, "Alice"),
                PropertyValue.of(ENTRY_ID, new byte[] {9, 8}), PropertyValue.of(DISPLAY_TYPE, 0),
                PropertyValue.of(PropertyTag.of(0x3A40, PropertyType.BOOLEAN), true));
        AddressBookEntryId eph = AddressBookEntryId.of(new ByteWriter().u8(0x87).bytes(new byte[27]).i32(7).toByteArray());
        AddressBookEntryId perm = AddressBookEntryId.of(new ByteWriter().u8(0).bytes(new byte[27]).ascii8z("/o=x/cn=a").toByteArray());
        BindRequest bind = new BindRequest(0, Optional.of(STAT), AUX);
        BindResponse bindR = new BindResponse(0, 0, UUID.fromString("01234567-89ab-cdef-0123-456789abcdef"), NONE);
        UnbindRequest unbind = new UnbindRequest(0, NONE);
        UnbindResponse unbindR = new UnbindResponse(0, 1, AUX);
        CompareMIdsRequest cmp = new CompareMIdsRequest(0, Optional.of(STAT), 5, 6, NONE);
        CompareMIdsResponse cmpR = new CompareMIdsResponse(0, 0, -1, NONE);
        DNToMIdRequest dn = new DNToMIdRequest(0, Optional.of(List.of("/o=x/cn=a", "")), NONE);
        DNToMIdResponse dnR = new DNToMIdResponse(0, 0, Optional.of(List.of(16, 0)), NONE);
        GetMatchesRequest gm = new GetMatchesRequest(0, Optional.of(STAT), Optional.of(List.of(1, 2)), 0,
                Optional.of(filter), Optional.of(new NspiPropertyName(UUID.randomUUID(), 0x8005)), 50,
                Optional.of(List.of(DISPLAY_NAME)), NONE);
        GetMatchesResponse gmR = new GetMatchesResponse(0, 0, Optional.of(STAT), Optional.of(List.of(16, 17)),
                Optional.of(rows()), NONE);
        GetPropListRequest pl = new GetPropListRequest(0, 16, 1252, NONE);
        GetPropListResponse plR = new GetPropListResponse(0, 0, Optional.of(List.of(DISPLAY_NAME, SMTP)), NONE);
        GetPropsRequest gp = new GetPropsRequest(0, Optional.of(STAT), Optional.empty(), NONE);
        GetPropsResponse gpR = new GetPropsResponse(0, 0, 1252, Optional.of(props), NONE);
        GetSpecialTableRequest st = new GetSpecialTableRequest(4, Optional.of(STAT), Optional.of(0), NONE);
        GetSpecialTableResponse stR = new GetSpecialTableResponse(0, 0, 1252, Optional.of(1),
                Optional.of(List.of(props, List.of())), NONE);
        GetTemplateInfoRequest ti = new GetTemplateInfoRequest(1, 0, Optional.of("/o=x"), 1252, 0x409, NONE);
        GetTemplateInfoResponse tiR = new GetTemplateInfoResponse(0, 0, 1252, Optional.empty(), NONE);
        ModLinkAttRequest ml = new ModLinkAttRequest(0, PropertyTag.of(0x8009, PropertyType.MULTIPLE_BINARY), 16,
                Optional.of(List.of(eph, perm)), NONE);
        ModLinkAttResponse mlR = new ModLinkAttResponse(0, 0, NONE);
        ModPropsRequest mp = new ModPropsRequest(0, Optional.of(STAT), Optional.of(List.of(SMTP)),
                Optional.of(props), NONE);
        ModPropsResponse mpR = new ModPropsResponse(0x80004005, 0, AUX);
        QueryColumnsRequest qc = new QueryColumnsRequest(0, 0, NONE);
        QueryColumnsResponse qcR = new QueryColumnsResponse(0, 0, Optional.of(List.of(DISPLAY_NAME)), NONE);
        QueryRowsRequest qr = new QueryRowsRequest(0, Optional.of(STAT), List.of(), 10,
                Optional.of(List.of(DISPLAY_NAME, SMTP)), NONE);
        QueryRowsResponse qrR = new QueryRowsResponse(0, 0, Optional.of(STAT), Optional.of(rows()), NONE);
        ResolveNamesRequest rn = new ResolveNamesRequest(0, Optional.of(STAT), Optional.of(List.of(DISPLAY_NAME)),
                Optional.of(List.of("ali", "nobody")), NONE);
        ResolveNamesResponse rnR = new ResolveNamesResponse(0, 0, 1252, Optional.of(List.of(16, 0)),
                Optional.of(rows()), NONE);
        ResortRestrictionRequest rr = new ResortRestrictionRequest(0, Optional.of(STAT), Optional.of(List.of(3)), NONE);
        ResortRestrictionResponse rrR = new ResortRestrictionResponse(0, 0, Optional.empty(), Optional.of(List.of(3)), NONE);
        SeekEntriesRequest se = new SeekEntriesRequest(0, Optional.of(STAT), Optional.of(PropertyValue.of(DISPLAY_NAME, "B")),
                Optional.empty(), Optional.of(List.of(DISPLAY_NAME)), NONE);
        SeekEntriesResponse seR = new SeekEntriesResponse(0, 0, Optional.of(STAT), Optional.of(rows()), NONE);
        UpdateStatRequest us = new UpdateStatRequest(0, Optional.of(STAT), true, NONE);
        UpdateStatResponse usR = new UpdateStatResponse(0, 0, Optional.of(STAT), Optional.of(-3), NONE);
        GetMailboxUrlRequest mu = new GetMailboxUrlRequest(0, "/o=x/ou=y/cn=Configuration/cn=Servers/cn=s", NONE);
        GetMailboxUrlResponse muR = new GetMailboxUrlResponse(0, 0, "https://h/mapi/emsmdb/?MailboxId=a", NONE);
        GetAddressBookUrlRequest au = new GetAddressBookUrlRequest(0, "/o=x/cn=a", NONE);
        GetAddressBookUrlResponse auR = new GetAddressBookUrlResponse(0, 0, "https://h/mapi/nspi/", NONE);
        return List.of(
                s(bind, bind::encode, BindRequest::decode), s(bindR, bindR::encode, BindResponse::decode),
                s(unbind, unbind::encode, UnbindRequest::decode), s(unbindR, unbindR::encode, UnbindResponse::decode),
                s(cmp, cmp::encode, CompareMIdsRequest::decode), s(cmpR, cmpR::encode, CompareMIdsResponse::decode),
                s(dn, dn::encode, DNToMIdRequest::decode), s(dnR, dnR::encode, DNToMIdResponse::decode),
                s(gm, gm::encode, GetMatchesRequest::decode), s(gmR, gmR::encode, GetMatchesResponse::decode),
                s(pl, pl::encode, GetPropListRequest::decode), s(plR, plR::encode, GetPropListResponse::decode),
                s(gp, gp::encode, GetPropsRequest::decode), s(gpR, gpR::encode, GetPropsResponse::decode),
                s(st, st::encode, GetSpecialTableRequest::decode), s(stR, stR::encode, GetSpecialTableResponse::decode),
                s(ti, ti::encode, GetTemplateInfoRequest::decode), s(tiR, tiR::encode, GetTemplateInfoResponse::decode),
                s(ml, ml::encode, ModLinkAttRequest::decode), s(mlR, mlR::encode, ModLinkAttResponse::decode),
                s(mp, mp::encode, ModPropsRequest::decode), s(mpR, mpR::encode, ModPropsResponse::decode),
                s(qc, qc::encode, QueryColumnsRequest::decode), s(qcR, qcR::encode, QueryColumnsResponse::decode),
                s(qr, qr::encode, QueryRowsRequest::decode), s(qrR, qrR::encode, QueryRowsResponse::decode),
                s(rn, rn::encode, ResolveNamesRequest::decode), s(rnR, rnR::encode, ResolveNamesResponse::decode),
                s(rr, rr::encode, ResortRestrictionRequest::decode), s(rrR, rrR::encode, ResortRestrictionResponse::decode),
                s(se, se::encode, SeekEntriesRequest::decode), s(seR, seR::encode, SeekEntriesResponse::decode),
                s(us, us::encode, UpdateStatRequest::decode), s(usR, usR::encode, UpdateStatResponse::decode),
                s(mu, mu::encode, GetMailboxUrlRequest::decode), s(muR, muR::encode, GetMailboxUrlResponse::decode),
                s(au, au::encode, GetAddressBookUrlRequest::decode), s(auR, auR::encode, GetAddressBookUrlResponse::decode));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void roundTripsByteForByte(Sample sample) {
        byte[] encoded = sample.encode().get();
        Object decoded = sample.decode().apply(encoded);
        assertThat(decoded).isEqualTo(sample.value());
        assertThat(reencode(decoded)).isEqualTo(encoded);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyTruncationAndTrailingByteFailsWithCodecException(Sample sample) {
        byte[] encoded = sample.encode().get();
        for (int n = 0; n < encoded.length; n++) {
            byte[] prefix = Arrays.copyOf(encoded, n);
            assertThatThrownBy(() -> sample.decode().apply(prefix)).as("prefix of %d bytes", n)
                    .isInstanceOf(MapiCodecException.class);
        }
        byte[] longer = Arrays.copyOf(encoded, encoded.length + 1);
        assertThatThrownBy(() -> sample.decode().apply(longer)).isInstanceOf(MapiCodecException.class);
    }

    private static byte[] reencode(Object body) {
        try {
            return (byte[]) body.getClass().getMethod("encode").invoke(body);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    static final String STAT_HEX = "00000000 00000000 01000000 feffffff 03000000 04000000 e4040000 09040000 09040000";

    @Test
    void bindRequestMatchesTheSpecLayout() {
        // Flags, HasState, State (36 bytes), AuxiliaryBufferSize, AuxiliaryBuffer: [MS-OXCMAPIHTTP] 2.2.5.1.1
        byte[] expected = hex("00000000 ff" + STAT_HEX + "03000000 010203");
        assertThat(new BindRequest(0, Optional.of(STAT), AUX).encode()).isEqualTo(expected);
        assertThat(BindRequest.decode(expected).state()).contains(STAT);
    }

    @Test
    void queryRowsResponseMatchesTheSpecLayout() {
        // StatusCode, ErrorCode, HasState + STAT, HasColumnsAndRows, Columns, RowCount, one unflagged row:
        // Flags 0, PtypString with HasValue 0xFF, PtypInteger32; then the AuxiliaryBuffer.
        byte[] expected = hex("00000000 00000000 ff" + STAT_HEX + "ff 02000000 1f000130 03000039 01000000"
                + "00 ff 41006c0000 00 07000000 00000000");
        QueryRowsResponse response = new QueryRowsResponse(0, 0, Optional.of(STAT), Optional.of(
                new AddressBookPropertyRowSet(List.of(DISPLAY_NAME, DISPLAY_TYPE), List.of(new AddressBookPropertyRow(
                        false, List.of(PropertyValue.of(DISPLAY_NAME, "Al"), PropertyValue.of(DISPLAY_TYPE, 7)))))),
                NONE);
        assertThat(response.encode()).isEqualTo(expected);
        assertThat(QueryRowsResponse.decode(expected)).isEqualTo(response);
    }

    @Test
    void flaggedRowCarriesAbsentAndErrorFlags() {
        // Flags 1; AddressBookFlaggedPropertyValue: Flag 0 + value, Flag 1 (absent), Flag 0xA + error code.
        byte[] expected = hex("00000000 00000000 00 ff 03000000 1f000130 03000039 1f00fe39 01000000"
                + "01 00 ff 42000000 01 0a 02010480 00000000");
        QueryRowsResponse response = QueryRowsResponse.decode(expected);
        List<PropertyValue> values = response.columnsAndRows().orElseThrow().rows().getFirst().values();
        assertThat(values.get(0)).isEqualTo(PropertyValue.of(DISPLAY_NAME, "B"));
        assertThat(values.get(1)).isEqualTo(PropertyValue.error(DISPLAY_TYPE, AddressBookPropertyRow.NOT_FOUND));
        assertThat(values.get(2)).isEqualTo(PropertyValue.error(SMTP, 0x80040102));
        assertThat(response.encode()).isEqualTo(expected);
    }

    @Test
    void failureBodyCarriesOnlyStatusAndAuxiliaryBuffer() {
        byte[] expected = hex("05000000 00000000");
        ResolveNamesResponse failure = ResolveNamesResponse.decode(expected);
        assertThat(failure.isSuccess()).isFalse();
        assertThat(failure.statusCode()).isEqualTo(5);
        assertThat(failure.encode()).isEqualTo(expected);
    }

    @Test
    void contentFilterUsesWideCountsAndAddressBookValues() {
        // GetMatches: Reserved, HasState 0, HasMinimalIds 0, InterfaceOptionFlags, HasFilter, Filter:
        // RES_CONTENT (03), FuzzyLevelLow 0002, FuzzyLevelHigh 0001, PropertyTag, tagged value with HasValue.
        byte[] expected = hex("00000000 00 00 00000000 ff 03 0200 0100 1f000130 1f000130 ff 61000000"
                + "00 0a000000 00 00000000");
        GetMatchesRequest request = GetMatchesRequest.decode(expected);
        assertThat(request.filter()).contains(new Restriction.Content(2, 1, DISPLAY_NAME,
                PropertyValue.of(DISPLAY_NAME, "a")));
        assertThat(request.rowCount()).isEqualTo(10);
        assertThat(request.encode()).isEqualTo(expected);
    }

    @Test
    void hugeCountsFailBeforeAllocating() {
        byte[] explicitTable = hex("00000000 00 ffffff7f 00000000");
        assertThatThrownBy(() -> QueryRowsRequest.decode(explicitTable)).isInstanceOf(MapiCodecException.class)
                .hasMessageContaining("ExplicitTable");
        byte[] rowCount = hex("00000000 00000000 00 ff 00000000 ffffffff");
        assertThatThrownBy(() -> QueryRowsResponse.decode(rowCount)).isInstanceOf(MapiCodecException.class)
                .hasMessageContaining("RowCount");
        byte[] names = hex("00000000 00 00 ff ffffff0f 6100");
        assertThatThrownBy(() -> ResolveNamesRequest.decode(names)).isInstanceOf(MapiCodecException.class);
    }

    @Test
    void unknownFlagsAndRestrictionTypesAreRejected() {
        byte[] badRowFlag = hex("00000000 00000000 00 ff 00000000 01000000 07 00000000");
        assertThatThrownBy(() -> QueryRowsResponse.decode(badRowFlag)).isInstanceOf(MapiCodecException.class)
                .hasMessageContaining("Flags");
        byte[] subRestriction = hex("00000000 00 00 00000000 ff 09 0000000d 08 1f000130 00000000 00 00000000");
        assertThatThrownBy(() -> GetMatchesRequest.decode(subRestriction)).isInstanceOf(MapiCodecException.class)
                .hasMessageContaining("RestrictType 0x9");
        ByteWriter w = new ByteWriter().i32(0).u8(0).u8(0).i32(0).u8(0xFF);
        Stream.generate(() -> 2).limit(200).forEach(w::u8);
        byte[] nested = w.toByteArray();
        assertThatThrownBy(() -> GetMatchesRequest.decode(nested)).isInstanceOf(MapiCodecException.class)
                .hasMessageContaining("nested");
        byte[] badEntryId = hex("00000000 03100980 10000000 ff 01000000 05" + "00".repeat(40) + "00000000");
        assertThatThrownBy(() -> ModLinkAttRequest.decode(badEntryId)).isInstanceOf(MapiCodecException.class)
                .hasMessageContaining("entry ID type");
    }
}
