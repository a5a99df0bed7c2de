/**
 * The offline cache in an embedded H2 file (ARCHITECTURE.md, "How data flows").
 *
 * <pre>{@code
 * H2CacheStore store = H2CacheStore.open(profileDir);          // file profileDir/cache.mv.db, schema migrated
 * store.saveAccount(new AccountInfo("acc", "Work", "mapi", url, user));
 * BackendStorage storage = store.storage("acc");               // what a Backend writes through
 * storage.replaceFolders(remoteFolders);
 * try (ItemBatch batch = storage.folder(folderServerId).beginBatch()) {
 *     batch.upsert(item);                                      // one JDBC transaction ...
 *     batch.setSyncCursor(icsState);
 *     batch.commit();                                          // ... committed with the cursor; close() alone rolls back
 * }
 * List<ItemSummary> page = store.items(folderId, ItemSort.DATE_DESC, 0, 100);   // what the UI reads
 * }</pre>
 *
 * Every public method is safe to call from several threads; listeners are told on the committing
 * thread after the commit. A write waits at most 10 seconds for a row another open transaction holds.
 */
package org.interchange.cache.h2;
