package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyProblem;

/**
 * RopCopyTo response, [MS-OXCROPS] 2.2.8.12.2 and 2.2.8.12.3: on success the PropertyProblems; on
 * ecDstNullObject (0x00000503) only DestHandleIndex (4 bytes); on other failures nothing.
 * {@code destHandleIndex} is meaningful only for ecDstNullObject.
 */
public record RopCopyToResponse(int handleIndex, int returnValue, long destHandleIndex,
                                List<PropertyProblem> propertyProblems) implements RopResponse {

    public RopCopyToResponse {
        propertyProblems = FrozenList.copyOf(propertyProblems);
        RopWire.requireDestOnlyForNullObject(returnValue, destHandleIndex, "RopCopyTo");
        if (returnValue != 0 && !propertyProblems.isEmpty()) {
            throw new MapiCodecException("RopCopyTo sends PropertyProblems only on success");
        }
    }

    @Override
    public RopId ropId() {
        return RopId.COPY_TO;
    }

    static RopCopyToResponse decode(ByteReader in, int handleIndex, int returnValue, ResponseContext context) {
        long dest = returnValue == RopWire.EC_DST_NULL_OBJECT ? in.u32() : 0;
        List<PropertyProblem> problems = returnValue == 0 ? RopWire.readProblems(in, "RopCopyTo") : List.of();
        return new RopCopyToResponse(handleIndex, returnValue, dest, problems);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, returnValue);
        if (returnValue == 0) {
            RopWire.writeProblems(out, propertyProblems);
        } else if (returnValue == RopWire.EC_DST_NULL_OBJECT) {
            out.i32((int) destHandleIndex);
        }
    }
}
