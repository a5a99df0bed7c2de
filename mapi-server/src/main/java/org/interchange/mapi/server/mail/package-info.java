/**
 * The mail gateway: an LMTP listener (RFC 2033) through which an MTA delivers incoming mail into
 * mailboxes, and an SMTP relay (RFC 5321) for messages users submit to outside addresses.
 */
package org.interchange.mapi.server.mail;
