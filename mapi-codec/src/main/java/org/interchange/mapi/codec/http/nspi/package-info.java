/**
 * The NSPI request and response bodies of MAPI over HTTP, [MS-OXCMAPIHTTP] 2.2.5, with the
 * address book structures they carry ([MS-OXCMAPIHTTP] 2.2.1) and the STAT block of
 * [MS-OXNSPI] 2.2.8. Every record encodes to and decodes from the exact body bytes.
 */
package org.interchange.mapi.codec.http.nspi;
