/**
 * ROP requests and responses and the ROP input/output buffers, [MS-OXCROPS] 2.2.
 *
 * <p>Server side: {@link org.interchange.mapi.codec.rop.RopRequestBuffer#decode(byte[])} gives the
 * requests (records named as the specification, e.g. {@code RopOpenFolderRequest}) and the handle
 * table; answer each request that {@link org.interchange.mapi.codec.rop.RopId#hasResponse() has a
 * response} with its response record or {@link org.interchange.mapi.codec.rop.RopErrorResponse#of},
 * then {@link org.interchange.mapi.codec.rop.RopResponseBuffer#encode()}.
 *
 * <p>Client side: {@link org.interchange.mapi.codec.rop.RopRequestBuffer#encode()}, then
 * {@link org.interchange.mapi.codec.rop.RopResponseBuffer#decode(byte[], java.util.List,
 * org.interchange.mapi.codec.rop.TableColumns)} with the requests sent; rows of table ROPs are read
 * with the columns of RopSetColumns requests in the same buffer or those the
 * {@link org.interchange.mapi.codec.rop.TableColumns} lookup supplies.
 *
 * <p>Decoding is driven by one table keyed by RopId, {@link org.interchange.mapi.codec.rop.RopCodecs}, which
 * has a codec for every id of the ROP table; a RopId it does not know fails with
 * {@link org.interchange.mapi.codec.rop.UnsupportedRopException}. Responses the server sends on its own
 * (RopNotify, RopPending, RopBackoff, RopBufferTooSmall) are decoded in place in an output buffer. The two
 * requests whose layout depends on the kind of logon (RopSetMessageReadFlag, RopWritePerUserInformation)
 * are read with a {@link org.interchange.mapi.codec.rop.RequestContext}.
 */
package org.interchange.mapi.codec.rop;
