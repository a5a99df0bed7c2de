package org.interchange.mapi.codec.property;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/** A PropertyProblemArray, [MS-OXCDATA] 2.7.2: a 16-bit count then that many {@link PropertyProblem}s. */
public record PropertyProblemArray(List<PropertyProblem> problems) {

    public PropertyProblemArray {
        problems = FrozenList.copyOf(problems);
        if (problems.size() > 0xFFFF) {
            throw new MapiCodecException(problems.size() + " property problems do not fit a 16-bit count");
        }
    }

    public static PropertyProblemArray decode(ByteReader in) {
        int count = in.u16();
        if ((long) count * PropertyProblem.SIZE > in.remaining()) {
            throw new MapiCodecException("PropertyProblemCount " + count + " at offset " + (in.position() - 2)
                    + " needs " + count * PropertyProblem.SIZE + " bytes but only " + in.remaining() + " remain");
        }
        List<PropertyProblem> problems = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            problems.add(PropertyProblem.decode(in));
        }
        return new PropertyProblemArray(problems);
    }

    public void encode(ByteWriter out) {
        out.u16(problems.size());
        problems.forEach(p -> p.encode(out));
    }
}
