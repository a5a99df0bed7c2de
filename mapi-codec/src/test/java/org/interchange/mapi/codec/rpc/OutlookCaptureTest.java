package org.interchange.mapi.codec.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two Outlook 2007 EcDoRpcExt2 requests captured by openchange (../shared/vectors/openchange). */
class OutlookCaptureTest {

    @ParameterizedTest
    @CsvSource({
        "001_Outlook_2007_in_ModifyRecipients, 325, 459",
        "002_Outlook_2007_in_Tables_operations, 330, 380"})
    void rgbInUnwrapsToTheKnownPlaintext(String name, int size, int sizeActual) {
        EcDoRpcExt2Stub stub = EcDoRpcExt2Stub.parse(HexDumps.read("openchange/" + name + "_comp.dat.hex"));
        byte[] plaintext = HexDumps.read("openchange/" + name + "_rgbIn_decompressed.hex");

        RpcHeaderExt header = RpcHeaderExt.read(new ByteReader(stub.rgbIn()));
        assertThat(header).isEqualTo(new RpcHeaderExt(0, RpcHeaderExt.COMPRESSED | RpcHeaderExt.LAST, size, sizeActual));
        List<byte[]> payloads = ExtendedBuffers.unwrap(stub.rgbIn());
        assertThat(payloads).hasSize(1);
        assertThat(payloads.getFirst()).containsExactly(plaintext);
    }

    @ParameterizedTest
    @CsvSource({"001_Outlook_2007_in_ModifyRecipients", "002_Outlook_2007_in_Tables_operations"})
    void recompressedPlaintextUnwrapsToTheSameBytes(String name) {
        byte[] plaintext = HexDumps.read("openchange/" + name + "_rgbIn_decompressed.hex");

        byte[] wrapped = ExtendedBuffers.wrap(plaintext, true, false);
        RpcHeaderExt header = RpcHeaderExt.read(new ByteReader(wrapped));

        assertThat(header.isCompressed()).isTrue();
        assertThat(header.sizeActual()).isEqualTo(plaintext.length);
        assertThat(header.size()).isLessThan(plaintext.length);
        assertThat(ExtendedBuffers.unwrapSingle(wrapped)).containsExactly(plaintext);
        assertThat(ExtendedBuffers.unwrapSingle(ExtendedBuffers.wrap(plaintext, true, true))).containsExactly(plaintext);
    }

    @ParameterizedTest
    @CsvSource({"001_Outlook_2007_in_ModifyRecipients", "002_Outlook_2007_in_Tables_operations"})
    void rgbAuxInHoldsThreeAuxHeaderBlocks(String name) {
        EcDoRpcExt2Stub stub = EcDoRpcExt2Stub.parse(HexDumps.read("openchange/" + name + "_comp.dat.hex"));
        assertThat(stub.pcbAuxOut()).isEqualTo(0x88);

        RpcHeaderExt header = RpcHeaderExt.read(new ByteReader(stub.rgbAuxIn()));
        assertThat(header).isEqualTo(new RpcHeaderExt(0, RpcHeaderExt.XOR_MAGIC | RpcHeaderExt.LAST, 0x28, 0x28));
        byte[] aux = ExtendedBuffers.unwrapSingle(stub.rgbAuxIn());

        // AUX_HEADER, [MS-OXCRPC] 2.2.2.2: Size (uint16, header included), Version (uint8), Type (uint8).
        ByteReader r = new ByteReader(aux);
        int[][] blocks = new int[3][];
        for (int i = 0; i < 3; i++) {
            int at = r.position();
            int blockSize = r.u16();
            r.u8();
            int type = r.u8();
            blocks[i] = new int[] {type, blockSize};
            r.skip(blockSize - 4);
            assertThat(r.position() - at).isEqualTo(blockSize);
        }
        assertThat(r.hasRemaining()).isFalse();
        assertThat(blocks).isDeepEqualTo(new int[][] {{0x01, 8}, {0x0C, 16}, {0x0C, 16}});
    }
}
