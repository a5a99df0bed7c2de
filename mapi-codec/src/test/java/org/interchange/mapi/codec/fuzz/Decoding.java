package org.interchange.mapi.codec.fuzz;

import org.interchange.mapi.codec.io.MapiCodecException;

/** Runs a decoder on fuzz input: the codec's typed decode error is the only failure allowed, any other throwable escapes. */
final class Decoding {
    private Decoding() {
    }

    static void attempt(Runnable decode) {
        try {
            decode.run();
        } catch (MapiCodecException expected) {
            // malformed input, reported as the codec promises
        }
    }
}
