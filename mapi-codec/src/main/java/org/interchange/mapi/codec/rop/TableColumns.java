package org.interchange.mapi.codec.rop;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * The column set of the table at a handle index of the request being answered, as last set by
 * RopSetColumns ([MS-OXCROPS] 2.2.5.1); needed to decode the rows of RopQueryRows and RopFindRow
 * responses. SetColumns requests in the same buffer are applied automatically.
 */
@FunctionalInterface
public interface TableColumns {

    Optional<List<PropertyTag>> columnsAt(int handleIndex);

    /** No tables known beyond the SetColumns requests of the buffer itself. */
    static TableColumns none() {
        return handleIndex -> Optional.empty();
    }
}
