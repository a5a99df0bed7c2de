/**
 * The first-run account wizard: an e-mail address and a password, the server found by
 * autodiscover ([MS-OXDSCLI]) or typed by hand, and a test logon before the account is saved.
 */
package org.interchange.app.setup;
