package org.interchange.mapi.client;

/**
 * The server's TLS certificate was not trusted (unknown issuer, expired, or not issued for the host
 * name), [MS-OXCMAPIHTTP] 2.1 (MAPI/HTTP runs over HTTPS). The message and accessors name the
 * certificate so a user can decide whether to trust it.
 */
public class MapiCertificateException extends MapiTransportException {
    private static final long serialVersionUID = 1L;
    private final String subject;
    private final String issuer;
    private final String sha256Fingerprint;

    public MapiCertificateException(String host, String subject, String issuer, String sha256Fingerprint,
                                    String reason, Throwable cause) {
        super("the TLS certificate of " + host + " is not trusted (" + reason + "): subject \"" + subject
                + "\", issuer \"" + issuer + "\", SHA-256 fingerprint " + sha256Fingerprint, cause);
        this.subject = subject;
        this.issuer = issuer;
        this.sha256Fingerprint = sha256Fingerprint;
    }

    /** The subject distinguished name of the server's certificate (RFC 2253). */
    public String subject() {
        return subject;
    }

    /** The issuer distinguished name of the server's certificate (RFC 2253). */
    public String issuer() {
        return issuer;
    }

    /** SHA-256 over the DER certificate, upper-case hex pairs joined by ':'. */
    public String sha256Fingerprint() {
        return sha256Fingerprint;
    }
}
