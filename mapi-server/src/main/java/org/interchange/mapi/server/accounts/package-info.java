/**
 * The server's user accounts: who may log on, with which password (Argon2id, RFC 9106), and
 * which SMTP address delivers to which mailbox.
 */
package org.interchange.mapi.server.accounts;
