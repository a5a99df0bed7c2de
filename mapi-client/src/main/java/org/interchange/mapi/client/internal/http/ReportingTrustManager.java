package org.interchange.mapi.client.internal.http;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.interchange.mapi.client.MapiCertificateException;

/**
 * The TLS trust decision for MAPI/HTTP endpoints ([MS-OXCMAPIHTTP] 2.1): the PKIX trust manager of
 * the system trust store or of a caller's key store, host name checks included, whose refusals
 * carry the server certificate ({@link Rejected}) so the error can name it.
 */
public final class ReportingTrustManager extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager delegate;

    private ReportingTrustManager(X509ExtendedTrustManager delegate) {
        this.delegate = delegate;
    }

    /** A TLS context trusting the certificates of {@code trustStore}, or the system's when empty. */
    public static SSLContext context(Optional<KeyStore> trustStore) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trustStore.orElse(null));
            X509ExtendedTrustManager pkix = null;
            for (TrustManager tm : factory.getTrustManagers()) {
                if (tm instanceof X509ExtendedTrustManager x) {
                    pkix = x;
                }
            }
            if (pkix == null) {
                throw new IllegalStateException("the JDK offers no X509ExtendedTrustManager");
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new ReportingTrustManager(pkix)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    /** The untrusted-certificate error behind a failed TLS handshake with {@code host}, if that was the cause. */
    public static Optional<MapiCertificateException> certificateError(String host, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Rejected r) {
                X509Certificate cert = r.certificate();
                return Optional.of(new MapiCertificateException(host, cert.getSubjectX500Principal().getName(),
                        cert.getIssuerX500Principal().getName(), r.fingerprint(), r.getMessage(), failure));
            }
        }
        return Optional.empty();
    }

    /** A refused server certificate chain; {@link #certificate()} is the server's own certificate. */
    static final class Rejected extends CertificateException {
        private static final long serialVersionUID = 1L;
        private final transient X509Certificate certificate;

        Rejected(X509Certificate certificate, CertificateException cause) {
            super(cause.getMessage(), cause);
            this.certificate = certificate;
        }

        X509Certificate certificate() {
            return certificate;
        }

        String fingerprint() {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
                return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
            } catch (CertificateEncodingException | java.security.NoSuchAlgorithmException e) {
                return "unavailable";
            }
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            throw reject(chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            throw reject(chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            throw reject(chain, e);
        }
    }

    private static CertificateException reject(X509Certificate[] chain, CertificateException e) {
        return chain == null || chain.length == 0 ? e : new Rejected(chain[0], e);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        delegate.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        delegate.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
