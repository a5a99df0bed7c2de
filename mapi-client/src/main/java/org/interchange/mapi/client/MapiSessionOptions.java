package org.interchange.mapi.client;

import java.security.KeyStore;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Tuning of a {@link MapiSession}: timeouts, identification headers, Connect parameters and page
 * sizes, [MS-OXCMAPIHTTP] 2.2.3 and 2.2.4.1.1. Immutable; start from {@link #defaults()} or
 * {@link #builder()}.
 *
 * @param connectTimeout   TCP/TLS connection establishment
 * @param readTimeout      longest silence while waiting for response headers or body bytes
 *                         (PENDING keep-alive lines count as progress)
 * @param requestTimeout   upper bound for one whole HTTP request, keep-alives included
 * @param maxResponseBytes largest response body accepted
 * @param userDn           UserDn for Connect and Essdn for RopLogon (the mailbox's legacy DN as
 *                         autodiscover reports it); empty means "use the user name"
 * @param clientApplication X-ClientApplication value
 * @param userAgent        User-Agent value
 * @param codePage         DefaultCodePage sent in Connect
 * @param localeId         LcidSort and LcidString sent in Connect
 * @param pageSize         RowCount of each RopQueryRows
 * @param streamChunkSize  ByteCount of each RopReadStream
 * @param allowCompression whether the server may compress and obfuscate responses ([MS-OXCRPC] 2.2.2.1)
 * @param trustStore       certificates trusted for https:// endpoints; empty means the system trust store
 * @param retryBackoff     first delay before re-arming a notification wait after a network failure;
 *                         it doubles on each further failure up to {@link #MAX_RETRY_BACKOFF}
 */
public record MapiSessionOptions(Duration connectTimeout, Duration readTimeout, Duration requestTimeout,
        long maxResponseBytes, Optional<String> userDn, String clientApplication, String userAgent,
        int codePage, int localeId, int pageSize, int streamChunkSize, boolean allowCompression,
        Optional<KeyStore> trustStore, Duration retryBackoff) {
    /** Upper bound of the doubling {@link #retryBackoff()}. */
    public static final Duration MAX_RETRY_BACKOFF = Duration.ofMinutes(1);

    public MapiSessionOptions {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(userDn, "userDn");
        Objects.requireNonNull(clientApplication, "clientApplication");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(trustStore, "trustStore");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        requirePositive(retryBackoff, "retryBackoff");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        if (maxResponseBytes < 1024) {
            throw new IllegalArgumentException("maxResponseBytes " + maxResponseBytes + " < 1024");
        }
        if (pageSize < 1 || pageSize > 0xFFFF) {
            throw new IllegalArgumentException("pageSize " + pageSize + " outside 1..65535");
        }
        if (streamChunkSize < 1 || streamChunkSize > 0xFFFF || streamChunkSize == 0xBABE) {
            throw new IllegalArgumentException("streamChunkSize " + streamChunkSize + " outside 1..65535 or 0xBABE");
        }
    }

    private static void requirePositive(Duration d, String name) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }

    public static MapiSessionOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.requestTimeout = requestTimeout;
        b.maxResponseBytes = maxResponseBytes;
        b.userDn = userDn.orElse(null);
        b.clientApplication = clientApplication;
        b.userAgent = userAgent;
        b.codePage = codePage;
        b.localeId = localeId;
        b.pageSize = pageSize;
        b.streamChunkSize = streamChunkSize;
        b.allowCompression = allowCompression;
        b.trustStore = trustStore.orElse(null);
        b.retryBackoff = retryBackoff;
        return b;
    }

    /** Builder of {@link MapiSessionOptions}, [MS-OXCMAPIHTTP] 2.2.3. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(15);
        private Duration readTimeout = Duration.ofSeconds(60);
        private Duration requestTimeout = Duration.ofMinutes(5);
        private long maxResponseBytes = 64L * 1024 * 1024;
        private String userDn;
        private String clientApplication = "Interchange/0.1.0";
        private String userAgent = "Interchange-MAPI/0.1.0";
        private int codePage = 1252;
        private int localeId = 0x0409;
        private int pageSize = 100;
        private int streamChunkSize = 0x7000;
        private boolean allowCompression = true;
        private KeyStore trustStore;
        private Duration retryBackoff = Duration.ofSeconds(1);

        private Builder() {
        }

        public Builder connectTimeout(Duration v) {
            connectTimeout = v;
            return this;
        }

        public Builder readTimeout(Duration v) {
            readTimeout = v;
            return this;
        }

        public Builder requestTimeout(Duration v) {
            requestTimeout = v;
            return this;
        }

        public Builder maxResponseBytes(long v) {
            maxResponseBytes = v;
            return this;
        }

        public Builder userDn(String v) {
            userDn = v;
            return this;
        }

        public Builder clientApplication(String v) {
            clientApplication = v;
            return this;
        }

        public Builder userAgent(String v) {
            userAgent = v;
            return this;
        }

        public Builder codePage(int v) {
            codePage = v;
            return this;
        }

        public Builder localeId(int v) {
            localeId = v;
            return this;
        }

        public Builder pageSize(int v) {
            pageSize = v;
            return this;
        }

        public Builder streamChunkSize(int v) {
            streamChunkSize = v;
            return this;
        }

        public Builder allowCompression(boolean v) {
            allowCompression = v;
            return this;
        }

        /** Trusts exactly the certificates of this key store instead of the system trust store. */
        public Builder trustStore(KeyStore v) {
            trustStore = v;
            return this;
        }

        public Builder retryBackoff(Duration v) {
            retryBackoff = v;
            return this;
        }

        public MapiSessionOptions build() {
            return new MapiSessionOptions(connectTimeout, readTimeout, requestTimeout, maxResponseBytes,
                    Optional.ofNullable(userDn), clientApplication, userAgent, codePage, localeId, pageSize,
                    streamChunkSize, allowCompression, Optional.ofNullable(trustStore), retryBackoff);
        }
    }
}
