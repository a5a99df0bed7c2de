package org.interchange.mapi.codec.rop;

import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopCreateFolder request, [MS-OXCROPS] 2.2.4.2.1: FolderType (1 generic, 2 search),
 * UseUnicodeStrings, OpenExisting, Reserved, then DisplayName and Comment (UTF-16 when
 * UseUnicodeStrings, else 8-bit).
 */
public record RopCreateFolderRequest(int logonId, int inputHandleIndex, int outputHandleIndex, int folderType,
                                     boolean useUnicodeStrings, boolean openExisting, int reserved,
                                     String displayName, String comment) implements RopRequest, OpensObject {

    public RopCreateFolderRequest {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public RopId ropId() {
        return RopId.CREATE_FOLDER;
    }

    static RopCreateFolderRequest decode(ByteReader in) {
        int logonId = in.u8();
        int input = in.u8();
        int output = in.u8();
        int type = in.u8();
        boolean unicode = RopWire.bool(in);
        boolean openExisting = RopWire.bool(in);
        int reserved = in.u8();
        String name = unicode ? in.utf16z() : in.ascii8z();
        String comment = unicode ? in.utf16z() : in.ascii8z();
        return new RopCreateFolderRequest(logonId, input, output, type, unicode, openExisting, reserved, name, comment);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex")).u8(RopWire.u8(folderType, "FolderType"))
                .u8(useUnicodeStrings ? 1 : 0).u8(openExisting ? 1 : 0).u8(RopWire.u8(reserved, "Reserved"));
        if (useUnicodeStrings) {
            out.utf16z(displayName).utf16z(comment);
        } else {
            out.ascii8z(displayName).ascii8z(comment);
        }
    }
}
