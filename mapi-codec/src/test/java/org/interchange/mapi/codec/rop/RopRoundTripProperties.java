package org.interchange.mapi.codec.rop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interchange.mapi.codec.rop.RopBytes.bytes;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * Property-based round trips of every ROP in the dispatch table, [MS-OXCROPS] 2.2: encode, decode
 * through {@link RopCodecs}, compare, and encode again to the same bytes. The records come from
 * {@link RopArbitraries}, which reads the table, so a new codec is covered when it is registered.
 */
class RopRoundTripProperties {

    @Provide
    Arbitrary<RopRequest> requests() {
        return Arbitraries.oneOf(RopArbitraries.requestClasses().stream()
                .map(c -> RopArbitraries.encodable(c).map(RopRequest.class::cast)).toList());
    }

    @Provide
    Arbitrary<RopResponse> responses() {
        List<Arbitrary<RopResponse>> each = RopArbitraries.responseClasses().stream()
                .map(c -> RopArbitraries.encodable(c).map(RopResponse.class::cast)).toList();
        Arbitrary<RopResponse> failures = Arbitraries.of(RopArbitraries.responseClasses().stream()
                        .filter(c -> !RopArbitraries.hasOwnFailureForm(c) && !isUnsolicited(c))
                        .map(RopArbitraries::ropIdOf).distinct().toList())
                .flatMap(id -> Arbitraries.integers().between(0, 255).map(h -> new RopErrorResponse(id, h, 0x8004010F)));
        return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.oneOf(each)), Tuple.of(1, failures));
    }

    private static boolean isUnsolicited(Class<?> responseClass) {
        return RopCodecs.forId(RopArbitraries.ropIdOf(responseClass)).orElseThrow().isUnsolicited();
    }

    @Property(tries = 600, edgeCases = EdgeCasesMode.NONE)
    void everyRequestRoundTrips(@ForAll("requests") RopRequest request) {
        byte[] encoded = bytes(request);
        ByteReader in = new ByteReader(encoded);
        RopRequest decoded = RopCodecs.decodeRequest(in, logonsFor(request));
        assertThat(in.remaining()).as("bytes left after %s", request.ropId()).isZero();
        assertThat(decoded).isEqualTo(request);
        assertThat(bytes(decoded)).isEqualTo(encoded);
    }

    @Property(tries = 600, edgeCases = EdgeCasesMode.NONE)
    void everyResponseRoundTrips(@ForAll("responses") RopResponse response) {
        byte[] encoded = bytes(response);
        ByteReader in = new ByteReader(encoded);
        RopResponse decoded = RopCodecs.forId(response.ropId()).orElseThrow().isUnsolicited()
                ? RopCodecs.decodeUnsolicited(in)
                : RopCodecs.decodeResponse(in, contextFor(response));
        assertThat(in.remaining()).as("bytes left after %s", response.ropId()).isZero();
        assertThat(decoded).isEqualTo(response);
        assertThat(bytes(decoded)).isEqualTo(encoded);
    }

    @Example
    void theArbitrariesCoverEveryCodecOfTheTable() {
        assertThat(RopArbitraries.requestClasses()).hasSize(
                (int) RopCodecs.all().values().stream().filter(c -> c.requestDecoder() != null).count());
        assertThat(RopArbitraries.responseClasses().stream().map(RopArbitraries::ropIdOf).distinct())
                .containsExactlyInAnyOrderElementsOf(RopCodecs.all().values().stream()
                        .filter(c -> c.responseDecoder() != null || c.isUnsolicited()).map(RopCodec::id).toList());
    }

    /** The logon a logon-dependent request was made on: private exactly when its private-only fields are there. */
    private static RequestContext logonsFor(RopRequest request) {
        boolean isPrivate = switch (request) {
            case RopSetMessageReadFlagRequest r -> r.clientData().length == 0;
            case RopWritePerUserInformationRequest r -> r.replGuid().isPresent();
            default -> true;
        };
        return logonId -> Optional.of(isPrivate ? RopLogonRequest.LOGON_FLAG_PRIVATE : 0);
    }

    /** The request and table columns a response needs to be decoded, as a client has them. */
    private static ResponseContext contextFor(RopResponse response) {
        List<PropertyTag> columns = switch (response) {
            case RopQueryRowsResponse r -> columnsOf(r.rows());
            case RopExpandRowResponse r -> columnsOf(r.rows());
            case RopFindRowResponse r -> r.rowData().map(PropertyRow::columns).orElse(List.of());
            default -> null;
        };
        RopRequest request = switch (response) {
            case RopGetPropertiesSpecificResponse r -> new RopGetPropertiesSpecificRequest(0, r.handleIndex(), 0, 1,
                    r.rowData().columns());
            default -> new FakeRequest(response.ropId());
        };
        return new ResponseContext(request, columns);
    }

    private static List<PropertyTag> columnsOf(List<PropertyRow> rows) {
        return rows.isEmpty() ? List.of() : rows.getFirst().columns();
    }
}
