package org.interchange.mapi.codec.fxics;

/** One lexical unit of a FastTransfer stream, [MS-OXCFXICS] 2.2.4.2: a marker or a propValue. */
public sealed interface FastTransferToken {

    /** A marker, 2.2.4.1.4. */
    record Marker(FastTransferMarker marker) implements FastTransferToken {
    }

    /** A propValue, 2.2.4.1.1 (meta-properties such as MetaTagFXDelProp included). */
    record Property(StreamProperty property) implements FastTransferToken {
    }
}
