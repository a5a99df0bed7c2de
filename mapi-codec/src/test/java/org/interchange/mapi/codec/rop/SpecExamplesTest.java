package org.interchange.mapi.codec.rop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interchange.mapi.codec.rop.RopBytes.bytes;

import java.util.List;
import java.util.Map;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.StandardPropertyRow;
import org.interchange.mapi.codec.testutil.HexVectors;
import org.junit.jupiter.api.Test;

/** The byte examples of MS-OXCPRPT 4, MS-OXCTABL 4.5.3.1 and MS-OXORULE 4.2.2 (spec/oxc_rop_examples.txt). */
class SpecExamplesTest {
    private static final Map<String, byte[]> EXAMPLES = HexVectors.table("spec/oxc_rop_examples.txt");

    private static RopRequest decodeWhole(byte[] bytes) {
        ByteReader in = new ByteReader(bytes);
        RopRequest request = RopCodecs.decodeRequest(in);
        assertThat(in.remaining()).isZero();
        return request;
    }

    private static RopResponse decodeWhole(byte[] bytes, ResponseContext context) {
        ByteReader in = new ByteReader(bytes);
        RopResponse response = RopCodecs.decodeResponse(in, context);
        assertThat(in.remaining()).isZero();
        return response;
    }

    @Test
    void setPropertiesRequest() {
        byte[] bytes = EXAMPLES.get("rop_set_properties_request");
        RopRequest request = decodeWhole(bytes);
        assertThat(request).isEqualTo(new RopSetPropertiesRequest(0, 0, List.of(
                PropertyValue.of(new PropertyTag(0x003D001F), ""),
                PropertyValue.of(new PropertyTag(0x0E1D001F), "Hello World"))));
        assertThat(bytes(request)).isEqualTo(bytes);
    }

    @Test
    void queryRowsRequest() {
        byte[] bytes = EXAMPLES.get("rop_query_rows_request");
        RopRequest request = decodeWhole(bytes);
        assertThat(request).isEqualTo(new RopQueryRowsRequest(0, 0, 0x00, true, 50));
        assertThat(bytes(request)).isEqualTo(bytes);
    }

    @Test
    void getRulesTableResponse() {
        byte[] bytes = EXAMPLES.get("rop_get_rules_table_response");
        RopResponse response = decodeWhole(bytes, ResponseContext.of(new RopGetRulesTableRequest(0, 0, 1, 0)));
        assertThat(response).isEqualTo(new RopGetRulesTableResponse(1));
        assertThat(bytes(response)).isEqualTo(bytes);
    }

    @Test
    void setColumnsResponse() {
        byte[] bytes = EXAMPLES.get("rop_set_columns_response");
        RopResponse response = decodeWhole(bytes,
                ResponseContext.of(new RopSetColumnsRequest(0, 1, 0, List.of(new PropertyTag(0x66740014)))));
        assertThat(response).isEqualTo(new RopSetColumnsResponse(1, 0x00));
        assertThat(bytes(response)).isEqualTo(bytes);
    }

    /**
     * The MS-OXORULE 4.2.1 request naming the columns was not retrieved; the 46 bytes of the row fit
     * exactly PidTagRuleId (PtypInteger64), PidTagRuleProviderData (PtypBinary, 16 bytes) and
     * PidTagRuleName (PtypString), which is what the test decodes with.
     */
    @Test
    void rulesTableQueryRowsResponse() {
        byte[] bytes = EXAMPLES.get("rop_query_rows_response_rules_table");
        PropertyTag ruleId = new PropertyTag(0x66740014);
        PropertyTag providerData = new PropertyTag(0x66840102);
        PropertyTag ruleName = new PropertyTag(0x6682001F);
        List<PropertyTag> columns = List.of(ruleId, providerData, ruleName);
        RopResponse response = decodeWhole(bytes,
                new ResponseContext(new RopQueryRowsRequest(0, 1, 0, true, 1), columns));

        RopQueryRowsResponse rows = (RopQueryRowsResponse) response;
        assertThat(rows.handleIndex()).isEqualTo(1);
        assertThat(rows.returnValue()).isZero();
        assertThat(rows.origin()).isEqualTo(0x02);
        assertThat(rows.rows()).hasSize(1);
        PropertyRow row = rows.rows().getFirst();
        assertThat(row).isInstanceOf(StandardPropertyRow.class);
        assertThat(row.values().get(0).asLong()).isEqualTo(0x56F83F0100000001L);
        assertThat(row.values().get(1).asBytes()).hasSize(16);
        assertThat(row.values().get(2).asString()).isEqualTo("Project X");
        assertThat(bytes(response)).isEqualTo(bytes);
    }

    @Test
    void rulesExampleAsOneResponseBuffer() {
        byte[] ropsList = concat(EXAMPLES.get("rop_get_rules_table_response"), EXAMPLES.get("rop_set_columns_response"),
                EXAMPLES.get("rop_query_rows_response_rules_table"));
        byte[] buffer = concat(new byte[] {(byte) (ropsList.length + 2), 0}, ropsList, new byte[] {1, 0, 0, 0, 2, 0, 0, 0});
        List<PropertyTag> columns = List.of(new PropertyTag(0x66740014), new PropertyTag(0x66840102),
                new PropertyTag(0x6682001F));
        List<RopRequest> requests = List.of(new RopGetRulesTableRequest(0, 0, 1, 0),
                new RopSetColumnsRequest(0, 1, 0, columns), new RopQueryRowsRequest(0, 1, 0, true, 50));

        RopResponseBuffer decoded = RopResponseBuffer.decode(buffer, requests, TableColumns.none());

        assertThat(decoded.rops()).extracting(RopResponse::ropId)
                .containsExactly(RopId.GET_RULES_TABLE, RopId.SET_COLUMNS, RopId.QUERY_ROWS);
        assertThat(decoded.handles()).containsExactly(1, 2);
        assertThat(decoded.encode()).isEqualTo(buffer);
    }

    private static byte[] concat(byte[]... parts) {
        ByteWriter out = new ByteWriter();
        for (byte[] part : parts) {
            out.bytes(part);
        }
        return out.toByteArray();
    }
}
