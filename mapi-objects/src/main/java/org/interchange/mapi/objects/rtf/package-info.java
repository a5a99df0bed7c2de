/**
 * Rich text bodies: {@link org.interchange.mapi.objects.rtf.CompressedRtf} reads and writes PidTagRtfCompressed
 * ([MS-OXRTFCP], LZFu and MELA); {@link org.interchange.mapi.objects.rtf.RtfHtmlExtractor} takes the HTML out of
 * RTF that encapsulates it ([MS-OXRTFEX]).
 */
package org.interchange.mapi.objects.rtf;
