package org.interchange.ui.compose;

import java.util.List;
import java.util.Map;
import org.interchange.cache.api.AttachmentInfo;

/**
 * What a compose window opens with (RFC 5322 3.6.4 and 3.6.5: replies, their references and their "Re:" subject): recipients, subject, the
 * quoted original as text and HTML, whether to write rich text, forwarded attachments and the threading
 * fields ({@link org.interchange.cache.api.MessageDraft#threading()}).
 */
public record ComposeStart(String to, String cc, String subject, String bodyText, String bodyHtml, boolean rich,
                           List<AttachmentInfo> forwarded, Map<String, String> threading) {

    public ComposeStart {
        forwarded = List.copyOf(forwarded);
        threading = Map.copyOf(threading);
    }

    /** An empty new message, rich text. */
    public static ComposeStart blank() {
        return new ComposeStart("", "", "", "", "", true, List.of(), Map.of());
    }
}
