package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * RopOptionsData success response, [MS-OXCROPS] 2.2.7.9.2: Reserved, OptionsInfo and, when
 * HelpFileSize is not zero, the help file and its null-terminated 8-bit name ({@code helpFileName}
 * is empty when there is no help file).
 */
public record RopOptionsDataResponse(int handleIndex, int reserved, byte[] optionsInfo, byte[] helpFile,
                                     String helpFileName) implements RopResponse {

    public RopOptionsDataResponse {
        optionsInfo = optionsInfo.clone();
        helpFile = helpFile.clone();
        Objects.requireNonNull(helpFileName, "helpFileName");
        if (helpFile.length == 0 && !helpFileName.isEmpty()) {
            throw new MapiCodecException("RopOptionsData sends HelpFileName only with a help file");
        }
    }

    @Override
    public byte[] optionsInfo() {
        return optionsInfo.clone();
    }

    @Override
    public byte[] helpFile() {
        return helpFile.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.OPTIONS_DATA;
    }

    static RopOptionsDataResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        int reserved = in.u8();
        byte[] info = in.bytes(in.u16(), "RopOptionsData OptionsInfo");
        byte[] help = in.bytes(in.u16(), "RopOptionsData HelpFile");
        String name = help.length == 0 ? "" : in.ascii8z();
        return new RopOptionsDataResponse(handleIndex, reserved, info, help, name);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u8(RopWire.u8(reserved, "Reserved"))
                .u16(RopWire.u16(optionsInfo.length, "OptionsInfoSize")).bytes(optionsInfo)
                .u16(RopWire.u16(helpFile.length, "HelpFileSize")).bytes(helpFile);
        if (helpFile.length != 0) {
            out.ascii8z(helpFileName);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopOptionsDataResponse r && r.handleIndex == handleIndex && r.reserved == reserved
                && Arrays.equals(r.optionsInfo, optionsInfo) && Arrays.equals(r.helpFile, helpFile)
                && r.helpFileName.equals(helpFileName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(handleIndex, reserved, Arrays.hashCode(optionsInfo), Arrays.hashCode(helpFile), helpFileName);
    }

    @Override
    public String toString() {
        return "RopOptionsDataResponse[handleIndex=" + handleIndex + ", reserved=" + reserved + ", optionsInfo="
                + HexFormat.of().formatHex(optionsInfo) + ", helpFile=" + HexFormat.of().formatHex(helpFile)
                + ", helpFileName=" + helpFileName + "]";
    }
}
