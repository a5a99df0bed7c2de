/**
 * Internet mail, [MS-OXCMAIL]: {@link org.interchange.mapi.objects.mime.MimeMessageReader} turns MIME (.eml) into a
 * {@link org.interchange.mapi.objects.mime.MapiMessage} (properties, recipients, attachments) and
 * {@link org.interchange.mapi.objects.mime.MimeMessageWriter} does the reverse, with Jakarta Mail (Angus Mail).
 */
package org.interchange.mapi.objects.mime;
