/**
 * The sync engine: one refresh of one account, run on the caller's thread (ARCHITECTURE.md, "How data
 * flows"): {@code new SyncEngine(store, accountId, backend).run(listener, cancellationToken)}.
 */
package org.interchange.cache.sync;
