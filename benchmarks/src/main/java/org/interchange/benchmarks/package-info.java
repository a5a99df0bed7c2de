/** Benchmarks of the codec, sync, cache and server; results are recorded in docs/benchmarks.md. */
package org.interchange.benchmarks;
