package org.interchange.mapi.objects.mime;

import jakarta.mail.Session;
import java.util.Properties;

/**
 * The Jakarta Mail sessions the MIME conversions ([MS-OXCMAIL]) parse and build with; no transport
 * is ever opened. Jakarta Mail 2.1 looks its StreamProvider up through ServiceLoader on every
 * header decode and body part (jakartaee/mail-api issues 699 and 861), which makes a message cost
 * tens of milliseconds; naming Angus Mail's provider in the system property that lookup reads
 * first avoids the scan. The property is set only if nobody set it.
 */
final class MailSessions {
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        preferAngusStreamProvider();
    }

    /** For building messages. */
    static final Session WRITING = Session.getInstance(new Properties());
    /** For parsing; raw UTF-8 header fields (RFC 6532) are accepted. */
    static final Session READING = Session.getInstance(utf8Headers());

    private MailSessions() {
    }

    /** Called by the converters' static initializers too, for MIME messages made by callers. */
    static void preferAngusStreamProvider() {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private static Properties utf8Headers() {
        Properties props = new Properties();
        props.setProperty("mail.mime.allowutf8", "true");
        return props;
    }
}
