/**
 * Incremental change synchronization formats, [MS-OXCFXICS]: IDSETs, CNSETs and GLOBSETs
 * (2.2.2: {@link org.interchange.mapi.codec.fxics.IdSet}, {@link org.interchange.mapi.codec.fxics.GlobSet},
 * {@link org.interchange.mapi.codec.fxics.IdSetCodec}), ICS state properties (2.2.1) and the
 * FastTransfer stream (2.2.4). No I/O.
 */
package org.interchange.mapi.codec.fxics;
