/**
 * Contacts and personal distribution lists ([MS-OXOCNTC] 2.2.1 and 2.2.2) as vCard 4 (RFC 6350)
 * through ez-vcard, reading vCard 2.1 and 3.0 as well (Apple's item1.X-ABLabel groups included).
 */
package org.interchange.mapi.objects.vcard;
