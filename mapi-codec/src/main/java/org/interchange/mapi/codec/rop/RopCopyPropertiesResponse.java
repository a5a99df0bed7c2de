package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyProblem;

/**
 * RopCopyProperties response, [MS-OXCROPS] 2.2.8.11.2 and 2.2.8.11.3: on success the
 * PropertyProblems; on ecDstNullObject (0x00000503) only DestHandleIndex (4 bytes); on other
 * failures nothing. {@code destHandleIndex} is meaningful only for ecDstNullObject.
 */
public record RopCopyPropertiesResponse(int handleIndex, int returnValue, long destHandleIndex,
                                        List<PropertyProblem> propertyProblems) implements RopResponse {

    public RopCopyPropertiesResponse {
        propertyProblems = FrozenList.copyOf(propertyProblems);
        RopWire.requireDestOnlyForNullObject(returnValue, destHandleIndex, "RopCopyProperties");
        if (returnValue != 0 && !propertyProblems.isEmpty()) {
            throw new MapiCodecException("RopCopyProperties sends PropertyProblems only on success");
        }
    }

    @Override
    public RopId ropId() {
        return RopId.COPY_PROPERTIES;
    }

    static RopCopyPropertiesResponse decode(ByteReader in, int handleIndex, int returnValue, ResponseContext context) {
        long dest = returnValue == RopWire.EC_DST_NULL_OBJECT ? in.u32() : 0;
        List<PropertyProblem> problems = returnValue == 0 ? RopWire.readProblems(in, "RopCopyProperties") : List.of();
        return new RopCopyPropertiesResponse(handleIndex, returnValue, dest, problems);
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
