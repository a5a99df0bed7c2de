package org.interchange.mapi.codec.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz tests, one per decoder of {@link FuzzTargets}. In a normal test run (no
 * JAZZER_FUZZ) each runs once per seed in {@code CodecFuzzTestsInputs/<method>/}; see
 * docs/fuzzing.md for coverage-guided runs. Only MapiCodecException may escape a decoder.
 */
class CodecFuzzTests {

    @FuzzTest(maxDuration = "5m")
    void ropRequestBuffer(byte[] input) {
        FuzzTargets.run("ropRequestBuffer", input);
    }

    @FuzzTest(maxDuration = "5m")
    void ropResponseBuffer(byte[] input) {
        FuzzTargets.run("ropResponseBuffer", input);
    }

    @FuzzTest(maxDuration = "5m")
    void ropTable(byte[] input) {
        FuzzTargets.run("ropTable", input);
    }

    @FuzzTest(maxDuration = "5m")
    void propertyRows(byte[] input) {
        FuzzTargets.run("propertyRows", input);
    }

    @FuzzTest(maxDuration = "5m")
    void propertyValues(byte[] input) {
        FuzzTargets.run("propertyValues", input);
    }

    @FuzzTest(maxDuration = "5m")
    void restrictions(byte[] input) {
        FuzzTargets.run("restrictions", input);
    }

    @FuzzTest(maxDuration = "5m")
    void ruleActions(byte[] input) {
        FuzzTargets.run("ruleActions", input);
    }

    @FuzzTest(maxDuration = "5m")
    void sortOrdersAndEntryIds(byte[] input) {
        FuzzTargets.run("sortOrdersAndEntryIds", input);
    }

    @FuzzTest(maxDuration = "5m")
    void extendedBuffers(byte[] input) {
        FuzzTargets.run("extendedBuffers", input);
    }

    @FuzzTest(maxDuration = "5m")
    void lz77(byte[] input) {
        FuzzTargets.run("lz77", input);
    }

    @FuzzTest(maxDuration = "5m")
    void mapiHttpResponse(byte[] input) {
        FuzzTargets.run("mapiHttpResponse", input);
    }

    @FuzzTest(maxDuration = "5m")
    void mapiHttpBodies(byte[] input) {
        FuzzTargets.run("mapiHttpBodies", input);
    }

    @FuzzTest(maxDuration = "5m")
    void fastTransferStream(byte[] input) {
        FuzzTargets.run("fastTransferStream", input);
    }

    @FuzzTest(maxDuration = "5m")
    void idSetAndGlobSet(byte[] input) {
        FuzzTargets.run("idSetAndGlobSet", input);
    }
}
