/**
 * Identifiers of [MS-OXCDATA] 2.2: Folder and Message IDs, GIDs and LongTermIDs (2.2.1), and the
 * entry IDs of stores, folders, messages (2.2.4) and address-book objects (2.2.5, [MS-OXNSPI] 2.2.9).
 * {@link org.interchange.mapi.codec.ids.EntryId#decode(byte[])} recognises any of them.
 */
package org.interchange.mapi.codec.ids;
