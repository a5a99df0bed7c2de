/** The composition of a running server: store, accounts, MAPI/HTTP endpoints and the mail gateway. */
package org.interchange.mapi.server.runtime;
