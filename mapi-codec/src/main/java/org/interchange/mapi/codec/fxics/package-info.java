/**
 * Incremental change synchronization formats, [MS-OXCFXICS], without I/O.
 * <ul>
 * <li>IDSETs, CNSETs and GLOBSETs (2.2.2): {@link org.interchange.mapi.codec.fxics.IdSet},
 * {@link org.interchange.mapi.codec.fxics.GlobSet}, {@link org.interchange.mapi.codec.fxics.IdSetCodec},
 * {@link org.interchange.mapi.codec.fxics.GlobSetCodec};</li>
 * <li>ICS state properties and meta-properties (2.2.1):
 * {@link org.interchange.mapi.codec.fxics.IcsStateProperties}, {@link org.interchange.mapi.codec.fxics.MetaProperties};</li>
 * <li>FastTransfer streams (2.2.4): tokens from {@link org.interchange.mapi.codec.fxics.FastTransferLexer},
 * ICS elements from {@link org.interchange.mapi.codec.fxics.SyncStreamParser} (client side), and
 * buffers from {@link org.interchange.mapi.codec.fxics.FastTransferSource} over
 * {@link org.interchange.mapi.codec.fxics.SyncStreamWriter} (server side).</li>
 * </ul>
 */
package org.interchange.mapi.codec.fxics;
