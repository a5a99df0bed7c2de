package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * RopGetAddressTypes success response, [MS-OXCROPS] 2.2.7.3.2: AddressTypeCount, AddressTypeSize
 * (the bytes of all strings) and the null-terminated 8-bit address types (e.g. "SMTP", "EX").
 */
public record RopGetAddressTypesResponse(int handleIndex, List<String> addressTypes) implements RopResponse {

    public RopGetAddressTypesResponse {
        addressTypes = FrozenList.copyOf(addressTypes);
    }

    @Override
    public RopId ropId() {
        return RopId.GET_ADDRESS_TYPES;
    }

    static RopGetAddressTypesResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        int count = in.u16();
        int size = in.u16();
        ByteReader strings = in.slice(size, "RopGetAddressTypes AddressTypes");
        RopWire.requireItems(strings, count, 1, "RopGetAddressTypes AddressTypes");
        List<String> types = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            types.add(strings.ascii8z());
        }
        if (strings.hasRemaining()) {
            throw new MapiCodecException("RopGetAddressTypes AddressTypeSize leaves " + strings.remaining()
                    + " unread bytes");
        }
        return new RopGetAddressTypesResponse(handleIndex, types);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u16(RopWire.u16(addressTypes.size(), "AddressTypeCount"));
        RopWire.writeSized(out, body -> addressTypes.forEach(body::ascii8z), "AddressTypeSize");
    }
}
