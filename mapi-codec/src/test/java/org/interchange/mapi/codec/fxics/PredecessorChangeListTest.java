package org.interchange.mapi.codec.fxics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.junit.jupiter.api.Test;

class PredecessorChangeListTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final UUID SERVER = UUID.fromString("b5ffb99b-440f-4f77-b488-c5c6702ee3a8");
    private static final String SERVER_HEX = "9bb9ffb50f44774fb488c5c6702ee3a8";
    private static final UUID CLIENT = UUID.fromString("11111111-2222-3333-4444-555555555555");

    @Test
    void sizedXidsOfDifferentLengthsRoundTrip() {
        // SizedXid 22: GUID + 6-byte LocalId; SizedXid 20: GUID + 4-byte LocalId
        String hex = "16" + SERVER_HEX + "000000000024" + "14" + "22222222333344444444555555555555"
                + "0000041a";
        PredecessorChangeList pcl = PredecessorChangeList.decode(HEX.parseHex(hex));
        assertThat(pcl.xids()).hasSize(2);
        assertThat(pcl.xids().get(0)).isEqualTo(Xid.ofGlobCnt(SERVER, 0x24));
        assertThat(pcl.xids().get(1).localIdValue()).isEqualTo(0x41A);
        assertThat(HEX.formatHex(pcl.encode())).isEqualTo(hex);
    }

    @Test
    void sourceKeyIsAnXidWithAGlobCnt() {
        Xid sourceKey = Xid.decode(HEX.parseHex(SERVER_HEX + "0000000003f6"));
        assertThat(sourceKey.namespaceGuid()).isEqualTo(SERVER);
        assertThat(sourceKey.localIdValue()).isEqualTo(0x3F6);
        assertThat(sourceKey.encode()).hasSize(22);
    }

    @Test
    void conflictDetectionFollowsInclusion() {
        PredecessorChangeList base = PredecessorChangeList.of(List.of(Xid.ofGlobCnt(SERVER, 10)));
        PredecessorChangeList serverEdit = base.with(Xid.ofGlobCnt(SERVER, 11));
        PredecessorChangeList clientEdit = base.with(Xid.ofGlobCnt(CLIENT, 1));
        assertThat(serverEdit.compare(base)).isEqualTo(PredecessorChangeList.Relation.NEWER);
        assertThat(base.compare(serverEdit)).isEqualTo(PredecessorChangeList.Relation.OLDER);
        assertThat(base.compare(PredecessorChangeList.decode(base.encode()))).isEqualTo(PredecessorChangeList.Relation.SAME);
        assertThat(serverEdit.compare(clientEdit)).isEqualTo(PredecessorChangeList.Relation.CONFLICT);
        PredecessorChangeList resolved = serverEdit.merge(clientEdit).with(Xid.ofGlobCnt(SERVER, 12));
        assertThat(resolved.compare(serverEdit)).isEqualTo(PredecessorChangeList.Relation.NEWER);
        assertThat(resolved.compare(clientEdit)).isEqualTo(PredecessorChangeList.Relation.NEWER);
        assertThat(resolved.xids()).hasSize(2);
        assertThat(base.with(Xid.ofGlobCnt(SERVER, 3))).isEqualTo(base);
    }

    @Test
    void malformedPclsFail() {
        assertThatThrownBy(() -> PredecessorChangeList.decode(HEX.parseHex("10" + SERVER_HEX)))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("XidSize 16");
        assertThatThrownBy(() -> PredecessorChangeList.decode(HEX.parseHex("16" + SERVER_HEX + "0000")))
                .isInstanceOf(MapiCodecException.class);
        assertThatThrownBy(() -> Xid.decode(new byte[30])).isInstanceOf(MapiCodecException.class);
    }
}
