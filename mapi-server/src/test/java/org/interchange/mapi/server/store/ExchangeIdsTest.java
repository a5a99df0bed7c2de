package org.interchange.mapi.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.interchange.mapi.codec.io.ByteWriter;
import org.junit.jupiter.api.Test;

class ExchangeIdsTest {
    @Test
    void longWrittenLittleEndianGivesReplIdThenBigEndianGlobCnt() {
        long fid = ExchangeIds.make(0x0001, 0x0102030405L);

        byte[] wire = new ByteWriter().i64(fid).toByteArray();

        assertThat(wire).containsExactly(0x01, 0x00, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05);
        assertThat(ExchangeIds.replicaId(fid)).isEqualTo(1);
        assertThat(ExchangeIds.globalCounter(fid)).isEqualTo(0x0102030405L);
        assertThat(ExchangeIds.globalCounterBytes(0x0102030405L)).containsExactly(0, 1, 2, 3, 4, 5);
    }
}
