package org.interchange.mapi.server.http.autodiscover;

import java.nio.charset.StandardCharsets;

/**
 * Writes autodiscover POX responses, [MS-OXDSCLI] 2.2.4: the User and Account elements with a
 * Protocol of Type "mapiHttp" (MailStore and AddressBook URLs), or an Error.
 */
final class PoxResponse {
    private static final String RESPONSE_NS = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";

    private PoxResponse() {
    }

    /** Settings for one mailbox; without {@code mapiHttp} the Account carries no Protocol. */
    static byte[] settings(String displayName, String legacyDn, String smtpAddress, String deploymentId,
                           boolean mapiHttp, String mailboxUrl, String addressBookUrl) {
        StringBuilder x = new StringBuilder(1024);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        x.append("<Autodiscover xmlns=\"").append(RESPONSE_NS).append("\">\n");
        x.append("  <Response xmlns=\"").append(PoxRequest.OUTLOOK_RESPONSE_SCHEMA).append("\">\n");
        x.append("    <User>\n");
        element(x, "      ", "DisplayName", displayName);
        element(x, "      ", "LegacyDN", legacyDn);
        element(x, "      ", "AutoDiscoverSMTPAddress", smtpAddress);
        element(x, "      ", "DeploymentId", deploymentId);
        x.append("    </User>\n");
        x.append("    <Account>\n");
        element(x, "      ", "AccountType", "email");
        element(x, "      ", "Action", "settings");
        element(x, "      ", "MicrosoftOnline", "False");
        if (mapiHttp) {
            x.append("      <Protocol Type=\"mapiHttp\" Version=\"1\">\n");
            x.append("        <MailStore>\n");
            element(x, "          ", "InternalUrl", mailboxUrl);
            element(x, "          ", "ExternalUrl", mailboxUrl);
            x.append("        </MailStore>\n");
            x.append("        <AddressBook>\n");
            element(x, "          ", "InternalUrl", addressBookUrl);
            element(x, "          ", "ExternalUrl", addressBookUrl);
            x.append("        </AddressBook>\n");
            x.append("      </Protocol>\n");
        }
        x.append("    </Account>\n");
        x.append("  </Response>\n");
        x.append("</Autodiscover>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An Error response, [MS-OXDSCLI] 2.2.4.1.1.1: 500 for an unknown address, 600 for an invalid request. */
    static byte[] error(int code, String message) {
        StringBuilder x = new StringBuilder(512);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        x.append("<Autodiscover xmlns=\"").append(RESPONSE_NS).append("\">\n");
        x.append("  <Response>\n");
        x.append("    <Error Id=\"1\">\n");
        element(x, "      ", "ErrorCode", Integer.toString(code));
        element(x, "      ", "Message", message);
        element(x, "      ", "DebugData", "");
        x.append("    </Error>\n");
        x.append("  </Response>\n");
        x.append("</Autodiscover>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(StringBuilder x, String indent, String name, String value) {
        x.append(indent).append('<').append(name).append('>').append(escape(value)).append("</").append(name)
                .append(">\n");
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
