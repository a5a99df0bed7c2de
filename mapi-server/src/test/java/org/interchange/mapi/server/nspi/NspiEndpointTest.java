package org.interchange.mapi.server.nspi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.http.MapiHttpResponse;
import org.interchange.mapi.codec.http.nspi.AddressBookPropertyRow;
import org.interchange.mapi.codec.http.nspi.AuxiliaryBuffer;
import org.interchange.mapi.codec.http.nspi.BindRequest;
import org.interchange.mapi.codec.http.nspi.BindResponse;
import org.interchange.mapi.codec.http.nspi.DNToMIdRequest;
import org.interchange.mapi.codec.http.nspi.DNToMIdResponse;
import org.interchange.mapi.codec.http.nspi.GetAddressBookUrlRequest;
import org.interchange.mapi.codec.http.nspi.GetAddressBookUrlResponse;
import org.interchange.mapi.codec.http.nspi.GetMailboxUrlRequest;
import org.interchange.mapi.codec.http.nspi.GetMailboxUrlResponse;
import org.interchange.mapi.codec.http.nspi.GetMatchesRequest;
import org.interchange.mapi.codec.http.nspi.GetMatchesResponse;
import org.interchange.mapi.codec.http.nspi.GetPropsRequest;
import org.interchange.mapi.codec.http.nspi.GetPropsResponse;
import org.interchange.mapi.codec.http.nspi.GetSpecialTableRequest;
import org.interchange.mapi.codec.http.nspi.GetSpecialTableResponse;
import org.interchange.mapi.codec.http.nspi.ModPropsRequest;
import org.interchange.mapi.codec.http.nspi.ModPropsResponse;
import org.interchange.mapi.codec.http.nspi.QueryRowsRequest;
import org.interchange.mapi.codec.http.nspi.QueryRowsResponse;
import org.interchange.mapi.codec.http.nspi.ResolveNamesRequest;
import org.interchange.mapi.codec.http.nspi.ResolveNamesResponse;
import org.interchange.mapi.codec.http.nspi.SeekEntriesRequest;
import org.interchange.mapi.codec.http.nspi.SeekEntriesResponse;
import org.interchange.mapi.codec.http.nspi.Stat;
import org.interchange.mapi.codec.http.nspi.UnbindRequest;
import org.interchange.mapi.codec.http.nspi.UnbindResponse;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.server.rop.oxcstor.UserDn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NspiEndpointTest extends GalServerFixture {
    static final PropertyTag DISPLAY_NAME = PropertyTag.of(0x3001, PropertyType.STRING);
    static final PropertyTag SMTP = PropertyTag.of(0x39FE, PropertyType.STRING);
    static final PropertyTag EMAIL = PropertyTag.of(0x3003, PropertyType.STRING8);
    static final PropertyTag ACCOUNT = PropertyTag.of(0x3A00, PropertyType.STRING);
    static final AuxiliaryBuffer NONE = AuxiliaryBuffer.EMPTY;
    static final Stat START = Stat.beginningOfGal(1252, 0x409);

    HttpClient http;

    @BeforeEach
    void client() {
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    HttpResponse<byte[]> post(String type, byte[] body, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.nspiUri()).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/mapi-http").header("X-RequestType", type)
                .header("X-RequestId", "{t}:1").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("alice:" + password).getBytes(StandardCharsets.UTF_8))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    byte[] call(String type, byte[] body) throws Exception {
        HttpResponse<byte[]> response = post(type, body, "pw");
        assertThat(response.statusCode()).isEqualTo(200);
        MapiHttpResponse framed = MapiHttpResponse.decode(response.body());
        assertThat(framed.responseCode()).hasValue(0);
        return framed.body();
    }

    void bind() throws Exception {
        BindResponse bind = BindResponse.decode(call("Bind", new BindRequest(0, Optional.of(START), NONE).encode()));
        assertThat(bind.errorCode()).isZero();
    }

    @Test
    void browsesTheGalInPagesWithTheStatCursor() throws Exception {
        bind();
        QueryRowsResponse first = QueryRowsResponse.decode(call("QueryRows", new QueryRowsRequest(0,
                Optional.of(START), List.of(), 2, Optional.of(List.of(DISPLAY_NAME, SMTP, EMAIL)), NONE).encode()));
        assertThat(names(first.columnsAndRows().orElseThrow().rows())).containsExactly("Alfred Pennyworth", "Alice Liddell");
        assertThat(first.columnsAndRows().get().rows().get(1).values().get(2).value()).isEqualTo(UserDn.of("alice"));
        Stat after = first.state().orElseThrow();
        assertThat(after.numPos()).isEqualTo(2);
        assertThat(after.totalRecs()).isEqualTo(3);
        QueryRowsResponse second = QueryRowsResponse.decode(call("QueryRows", new QueryRowsRequest(0,
                Optional.of(after), List.of(), 2, Optional.of(List.of(DISPLAY_NAME)), NONE).encode()));
        assertThat(names(second.columnsAndRows().orElseThrow().rows())).containsExactly("Bob Builder");
        assertThat(second.state().orElseThrow().currentRec()).isEqualTo(Stat.MID_END_OF_TABLE);
    }

    @Test
    void resolvesNamesAmbiguouslyAndByPrefix() throws Exception {
        bind();
        ResolveNamesResponse response = ResolveNamesResponse.decode(call("ResolveNames", new ResolveNamesRequest(0,
                Optional.of(START), Optional.of(List.of(DISPLAY_NAME, SMTP)),
                Optional.of(List.of("ali", "al", "nobody", "bob@example.org")), NONE).encode()));
        List<Integer> mids = response.minimalIds().orElseThrow();
        assertThat(mids.get(1)).isEqualTo(NspiService.MID_AMBIGUOUS);
        assertThat(mids.get(2)).isEqualTo(NspiService.MID_UNRESOLVED);
        assertThat(mids.get(0)).isGreaterThan(2);
        assertThat(names(response.rowsAndColumns().orElseThrow().rows())).containsExactly("Alice Liddell", "Bob Builder");
    }

    @Test
    void mapsDnsAndReadsPropertiesOfOneEntry() throws Exception {
        bind();
        DNToMIdResponse dn = DNToMIdResponse.decode(call("DNToMId", new DNToMIdRequest(0,
                Optional.of(List.of(UserDn.of("bob"), "/o=nowhere")), NONE).encode()));
        int bob = dn.minimalIds().orElseThrow().get(0);
        assertThat(dn.minimalIds().get().get(1)).isZero();
        GetPropsResponse props = GetPropsResponse.decode(call("GetProps", new GetPropsRequest(0,
                Optional.of(START.withPosition(bob, 0, 0)), Optional.of(List.of(DISPLAY_NAME, ACCOUNT,
                        PropertyTag.of(0x3A17, PropertyType.STRING))), NONE).encode()));
        assertThat(props.errorCode()).isEqualTo(NspiErrors.WARN_WITH_ERRORS);
        assertThat(props.propertyValues().orElseThrow()).containsExactly(PropertyValue.of(DISPLAY_NAME, "Bob Builder"),
                PropertyValue.of(ACCOUNT, "bob"), PropertyValue.error(PropertyTag.of(0x3A17, PropertyType.STRING),
                        NspiErrors.NOT_FOUND));
    }

    @Test
    void seeksMatchesAndListsTheHierarchy() throws Exception {
        bind();
        SeekEntriesResponse seek = SeekEntriesResponse.decode(call("SeekEntries", new SeekEntriesRequest(0,
                Optional.of(START), Optional.of(PropertyValue.of(DISPLAY_NAME, "B")), Optional.empty(),
                Optional.of(List.of(DISPLAY_NAME)), NONE).encode()));
        assertThat(seek.state().orElseThrow().numPos()).isEqualTo(2);
        assertThat(names(seek.columnsAndRows().orElseThrow().rows())).containsExactly("Bob Builder");
        GetMatchesResponse matches = GetMatchesResponse.decode(call("GetMatches", new GetMatchesRequest(0,
                Optional.of(START), Optional.empty(), 0, Optional.of(new Restriction.Content(
                        Restriction.Content.PREFIX, Restriction.Content.IGNORECASE, DISPLAY_NAME,
                        PropertyValue.of(DISPLAY_NAME, "al"))), Optional.empty(), 10,
                Optional.of(List.of(DISPLAY_NAME)), NONE).encode()));
        assertThat(names(matches.columnsAndRows().orElseThrow().rows())).containsExactly("Alfred Pennyworth", "Alice Liddell");
        GetSpecialTableResponse hierarchy = GetSpecialTableResponse.decode(call("GetSpecialTable",
                new GetSpecialTableRequest(NspiService.UNICODE_STRINGS, Optional.of(START), Optional.empty(), NONE).encode()));
        assertThat(hierarchy.rows().orElseThrow()).hasSize(1);
        assertThat(hierarchy.rows().get().getFirst()).contains(PropertyValue.of(PropertyTag.of(0xFFFD, PropertyType.INTEGER32), 0));
        GetAddressBookUrlResponse url = GetAddressBookUrlResponse.decode(call("GetAddressBookUrl",
                new GetAddressBookUrlRequest(0, UserDn.of("alice"), NONE).encode()));
        assertThat(URI.create(url.serverUrl())).isEqualTo(server.nspiUri().resolve("nspi/"));
    }

    @Test
    void refusesWrongPasswordsAndRequestsWithoutSession() throws Exception {
        assertThat(post("Bind", new BindRequest(0, Optional.empty(), NONE).encode(), "wrong").statusCode()).isEqualTo(401);
        MapiHttpResponse noSession = MapiHttpResponse.decode(post("QueryRows", new QueryRowsRequest(0, Optional.empty(),
                List.of(), 1, Optional.empty(), NONE).encode(), "pw").body());
        assertThat(noSession.responseCode()).hasValue(13);
        bind();
        UnbindResponse unbind = UnbindResponse.decode(call("Unbind", new UnbindRequest(0, NONE).encode()));
        assertThat(unbind.errorCode()).isEqualTo(NspiService.UNBIND_SUCCESS);
    }

    @Test
    void refusesWritesAndMalformedBodiesAndAnswersTheMailboxUrl() throws Exception {
        bind();
        ModPropsResponse write = ModPropsResponse.decode(call("ModProps", new ModPropsRequest(0, Optional.of(START),
                Optional.empty(), Optional.of(List.of(PropertyValue.of(DISPLAY_NAME, "x"))), NONE).encode()));
        assertThat(write.errorCode()).isEqualTo(NspiErrors.ACCESS_DENIED);
        MapiHttpResponse malformed = MapiHttpResponse.decode(post("QueryRows", new byte[] {1, 2, 3}, "pw").body());
        assertThat(malformed.responseCode()).hasValue(12);
        GetMailboxUrlResponse url = GetMailboxUrlResponse.decode(call("GetMailboxUrl",
                new GetMailboxUrlRequest(0, "/o=Interchange/cn=Servers/cn=local", NONE).encode()));
        assertThat(URI.create(url.serverUrl())).isEqualTo(server.emsmdbUri().resolve("emsmdb/"));
    }

    static List<Object> names(List<AddressBookPropertyRow> rows) {
        return rows.stream().map(r -> r.values().getFirst().value()).toList();
    }
}
