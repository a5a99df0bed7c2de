/**
 * The NSPI (address book) endpoint of MAPI over HTTP, [MS-OXCMAPIHTTP] 2.2.5 with the server
 * rules of [MS-OXNSPI] 3.1.4.1: a Global Address List built from the server's users and mailboxes.
 */
package org.interchange.mapi.server.nspi;
