package org.interchange.mapi.server.nspi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.http.MapiHttpRequestType;
import org.interchange.mapi.codec.http.MapiHttpResponse;
import org.interchange.mapi.codec.http.nspi.AuxiliaryBuffer;
import org.interchange.mapi.codec.http.nspi.BindRequest;
import org.interchange.mapi.codec.http.nspi.CompareMIdsRequest;
import org.interchange.mapi.codec.http.nspi.CompareMIdsResponse;
import org.interchange.mapi.codec.http.nspi.DNToMIdRequest;
import org.interchange.mapi.codec.http.nspi.DNToMIdResponse;
import org.interchange.mapi.codec.http.nspi.GetPropListRequest;
import org.interchange.mapi.codec.http.nspi.GetPropListResponse;
import org.interchange.mapi.codec.http.nspi.GetTemplateInfoRequest;
import org.interchange.mapi.codec.http.nspi.GetTemplateInfoResponse;
import org.interchange.mapi.codec.http.nspi.ModLinkAttRequest;
import org.interchange.mapi.codec.http.nspi.ModLinkAttResponse;
import org.interchange.mapi.codec.http.nspi.QueryColumnsRequest;
import org.interchange.mapi.codec.http.nspi.QueryColumnsResponse;
import org.interchange.mapi.codec.http.nspi.ResortRestrictionRequest;
import org.interchange.mapi.codec.http.nspi.ResortRestrictionResponse;
import org.interchange.mapi.codec.http.nspi.Stat;
import org.interchange.mapi.codec.http.nspi.UpdateStatRequest;
import org.interchange.mapi.codec.http.nspi.UpdateStatResponse;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.server.rop.oxcstor.UserDn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The NSPI request types of [MS-OXCMAPIHTTP] 2.2.5 that {@link NspiEndpointTest} does not exercise,
 * over HTTP on loopback: CompareMIds, GetPropList, QueryColumns, ResortRestriction, UpdateStat, and
 * the specified refusals of GetTemplateInfo and ModLinkAtt; plus a sweep showing that the endpoint
 * takes every NSPI request type and refuses the EMSMDB ones.
 */
class NspiRequestTypesTest extends GalServerFixture {
    static final AuxiliaryBuffer NONE = AuxiliaryBuffer.EMPTY;
    static final Stat START = Stat.beginningOfGal(1252, 0x409);
    static final PropertyTag DISPLAY_NAME = PropertyTag.of(0x3001, PropertyType.STRING);

    HttpClient http;
    int alice;
    int bob;
    int alfred;

    @BeforeEach
    void bind() throws Exception {
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        call("Bind", new BindRequest(0, Optional.of(START), NONE).encode());
        List<Integer> mids = DNToMIdResponse.decode(call("DNToMId", new DNToMIdRequest(0,
                Optional.of(List.of(UserDn.of("alice"), UserDn.of("bob"), UserDn.of("alfred"))), NONE).encode()))
                .minimalIds().orElseThrow();
        alice = mids.get(0);
        bob = mids.get(1);
        alfred = mids.get(2);
    }

    MapiHttpResponse post(String type, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.nspiUri()).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/mapi-http").header("X-RequestType", type)
                .header("X-RequestId", "{t}:1").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("alice:pw".getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return MapiHttpResponse.decode(response.body());
    }

    byte[] call(String type, byte[] body) throws Exception {
        MapiHttpResponse framed = post(type, body);
        assertThat(framed.responseCode()).as(type).hasValue(0);
        return framed.body();
    }

    @Test
    void compareMIdsOrdersByTablePosition() throws Exception {
        // table order is by display name: Alfred, Alice, Bob
        CompareMIdsResponse before = CompareMIdsResponse.decode(call("CompareMIds",
                new CompareMIdsRequest(0, Optional.of(START), alfred, bob, NONE).encode()));
        assertThat(before.errorCode()).isZero();
        assertThat(before.result()).isNegative();
        CompareMIdsResponse same = CompareMIdsResponse.decode(call("CompareMIds",
                new CompareMIdsRequest(0, Optional.of(START), alice, alice, NONE).encode()));
        assertThat(same.result()).isZero();
        CompareMIdsResponse unknown = CompareMIdsResponse.decode(call("CompareMIds",
                new CompareMIdsRequest(0, Optional.of(START), alice, 0x7777, NONE).encode()));
        assertThat(unknown.errorCode()).isEqualTo(NspiErrors.GENERAL_FAILURE);
    }

    @Test
    void getPropListNamesThePropertiesAnEntryHas() throws Exception {
        GetPropListResponse list = GetPropListResponse.decode(call("GetPropList",
                new GetPropListRequest(0, bob, 1252, NONE).encode()));
        assertThat(list.errorCode()).isZero();
        assertThat(list.propertyTags().orElseThrow()).extracting(PropertyTag::id).contains(0x3001, 0x39FE);
        GetPropListResponse missing = GetPropListResponse.decode(call("GetPropList",
                new GetPropListRequest(0, 0x7777, 1252, NONE).encode()));
        assertThat(missing.errorCode()).isEqualTo(NspiErrors.NOT_FOUND);
    }

    @Test
    void queryColumnsListsTheColumnsOfTheGal() throws Exception {
        QueryColumnsResponse columns = QueryColumnsResponse.decode(call("QueryColumns",
                new QueryColumnsRequest(0, 0, NONE).encode()));
        assertThat(columns.errorCode()).isZero();
        assertThat(columns.columns().orElseThrow()).extracting(PropertyTag::id).contains(0x3001, 0x3003);
    }

    @Test
    void resortRestrictionPutsMIdsInTableOrder() throws Exception {
        ResortRestrictionResponse sorted = ResortRestrictionResponse.decode(call("ResortRestriction",
                new ResortRestrictionRequest(0, Optional.of(START), Optional.of(List.of(bob, alfred, 0x7777)), NONE)
                        .encode()));
        assertThat(sorted.errorCode()).isZero();
        assertThat(sorted.minimalIds().orElseThrow()).containsExactly(alfred, bob);
        assertThat(sorted.state().orElseThrow().totalRecs()).isEqualTo(2);
    }

    @Test
    void updateStatMovesTheCursorByDelta() throws Exception {
        UpdateStatResponse moved = UpdateStatResponse.decode(call("UpdateStat",
                new UpdateStatRequest(0, Optional.of(START.withDelta(2)), true, NONE).encode()));
        assertThat(moved.errorCode()).isZero();
        Stat after = moved.state().orElseThrow();
        assertThat(after.currentRec()).isEqualTo(bob);
        assertThat(after.numPos()).isEqualTo(2);
        assertThat(moved.delta()).contains(2);
        UpdateStatResponse pastEnd = UpdateStatResponse.decode(call("UpdateStat",
                new UpdateStatRequest(0, Optional.of(START.withDelta(10)), false, NONE).encode()));
        assertThat(pastEnd.state().orElseThrow().currentRec()).isEqualTo(Stat.MID_END_OF_TABLE);
        assertThat(pastEnd.delta()).isEmpty();
    }

    @Test
    void templatesAndLinkChangesAreRefusedWithTheirSpecifiedErrors() throws Exception {
        GetTemplateInfoResponse template = GetTemplateInfoResponse.decode(call("GetTemplateInfo",
                new GetTemplateInfoRequest(0, 0, Optional.empty(), 1252, 0x409, NONE).encode()));
        assertThat(template.errorCode()).isEqualTo(NspiErrors.NOT_FOUND);
        assertThat(template.row()).isEmpty();
        ModLinkAttResponse link = ModLinkAttResponse.decode(call("ModLinkAtt", new ModLinkAttRequest(0,
                PropertyTag.of(0x8009, PropertyType.MULTIPLE_BINARY), alice, Optional.empty(), NONE).encode()));
        assertThat(link.errorCode()).isEqualTo(NspiErrors.ACCESS_DENIED);
    }

    @Test
    void everyNspiRequestTypeIsTakenAndEmsmdbTypesAreRefused() throws Exception {
        EnumSet<MapiHttpRequestType> nspi = EnumSet.range(MapiHttpRequestType.BIND,
                MapiHttpRequestType.GET_ADDRESS_BOOK_URL);
        assertThat(nspi).hasSize(19);
        for (MapiHttpRequestType type : MapiHttpRequestType.values()) {
            if (type == MapiHttpRequestType.BIND || type == MapiHttpRequestType.UNBIND) {
                continue;
            }
            // an empty body is malformed for every NSPI type: the type is known, the body is refused
            int code = post(type.headerValue(), new byte[0]).responseCode().orElseThrow();
            if (nspi.contains(type)) {
                assertThat(code).as(type.headerValue()).isEqualTo(12);
            } else if (type != MapiHttpRequestType.PING) {
                assertThat(code).as(type.headerValue()).isEqualTo(5);
            } else {
                assertThat(code).as("PING").isZero();
            }
        }
    }
}
