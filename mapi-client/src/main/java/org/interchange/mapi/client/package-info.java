/**
 * The MAPI client library, [MS-OXCMAPIHTTP] and [MS-OXCROPS]: open a {@link
 * org.interchange.mapi.client.MapiSession} with {@code MapiSession.connect(mailboxUrl, user,
 * password)}, call {@code logon()}, then read the folder tree ({@code folderHierarchy()}), page
 * through contents tables ({@code contentsTable(folderId, columns)}), open messages with their
 * bodies and attachments ({@code openMessage(folderId, messageId)}) and resolve named properties
 * ({@code resolveNamedProperties(names)}). Failures are unchecked {@link
 * org.interchange.mapi.client.MapiException}s; catch the subclasses you can act on
 * (authentication, expired session, busy server with its retry delay, timeout). The address book
 * (NSPI) is {@link org.interchange.mapi.client.AddressBook}: {@code AddressBook.connect(nspiUrl, user,
 * password)}, then {@code browse}, {@code resolve}, {@code search} and {@code entry}.
 * {@link org.interchange.mapi.client.Autodiscover} finds both URLs and the legacy DN from an e-mail
 * address ([MS-OXDSCLI]); {@link org.interchange.mapi.client.MapiAuthenticator} offers Basic,
 * NTLMv2 and OAuth bearer tokens; {@code MapiSessionOptions.trustStore} replaces the system trust
 * store; {@code MapiSession.awaitEvents} waits for server notifications (NotificationWait).
 * Everything under {@code internal} is private to this module.
 */
package org.interchange.mapi.client;
