package org.interchange.mapi.client;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.interchange.mapi.client.internal.autodiscover.PoxAnswer;
import org.interchange.mapi.client.internal.autodiscover.PoxXml;
import org.interchange.mapi.client.internal.http.ReportingTrustManager;

/**
 * Finds the MAPI/HTTP endpoints of a mailbox by POX autodiscover, [MS-OXDSCLI] 3.1.5: POSTs the
 * request with {@code X-MapiHttpCapability: 1} to each candidate URL of the address's domain in
 * turn (by default {@code https://domain/autodiscover/autodiscover.xml}, then
 * {@code https://autodiscover.domain/...}, then an unauthenticated GET of
 * {@code http://autodiscover.domain/...} whose redirect is followed) and, when they all fail, the
 * servers of the DNS SRV records of {@code _autodiscover._tcp.domain} ([MS-OXDISCO] 3.1.5.3) over
 * https; follows HTTP redirects,
 * redirectUrl and redirectAddr answers (at most {@link #MAX_REDIRECTS} in all) and returns the
 * settings of the mapiHttp Protocol. Credentials go only over https unless {@link Builder#allowPlainHttp}.
 */
public final class Autodiscover implements AutoCloseable {
    /** Redirects of any kind followed for one lookup, [MS-OXDSCLI] 3.1.5.3. */
    public static final int MAX_REDIRECTS = 10;
    static final String MAPI_HTTP_CAPABILITY = "X-MapiHttpCapability";
    private static final int MAX_RESPONSE = 1024 * 1024;

    private final MapiAuthenticator authenticator;
    private final MapiSessionOptions options;
    private final Function<String, List<URI>> candidates;
    /** Null when the SRV step is not taken (candidates of the caller's own and no resolver set). */
    private final SrvResolver srv;
    private final boolean allowPlainHttp;
    private final HttpClient http;

    private Autodiscover(Builder b) {
        this.authenticator = b.authenticator;
        this.options = b.options;
        this.candidates = b.candidates;
        this.srv = b.srv != null ? b.srv : b.ownCandidates ? null : SrvResolver.system();
        this.allowPlainHttp = b.allowPlainHttp;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(ReportingTrustManager.context(options.trustStore())).build();
    }

    public static Builder builder(MapiAuthenticator authenticator) {
        return new Builder(authenticator);
    }

    /** The default candidate URLs for a mail domain, [MS-OXDSCLI] 3.1.5; the DNS SRV step follows them in {@link #discover}. */
    public static List<URI> standardCandidates(String domain) {
        return List.of(URI.create("https://" + domain + "/autodiscover/autodiscover.xml"),
                URI.create("https://autodiscover." + domain + "/autodiscover/autodiscover.xml"),
                URI.create("http://autodiscover." + domain + "/autodiscover/autodiscover.xml"));
    }

    /** Looks up {@code emailAddress}; fails with {@link MapiAutodiscoverException} listing every attempt. */
    public AutodiscoverSettings discover(String emailAddress) {
        List<String> attempts = new ArrayList<>();
        Optional<MapiCertificateException> untrusted = Optional.empty();
        String address = emailAddress.strip();
        int redirects = 0;
        lookup:
        while (true) {
            int at = address.lastIndexOf('@');
            if (at <= 0 || at == address.length() - 1) {
                throw new IllegalArgumentException("not an e-mail address: " + address);
            }
            String domain = address.substring(at + 1);
            List<URI> urls = new ArrayList<>(candidates.apply(domain));
            boolean srvAsked = false;
            for (int i = 0; i < urls.size() || !srvAsked; i++) {
                if (i == urls.size()) {
                    srvAsked = true;
                    if (srv != null) {
                        urls.addAll(srvCandidates(domain, attempts));
                    }
                    if (i == urls.size()) {
                        break;
                    }
                }
                URI candidate = urls.get(i);
                URI url = candidate;
                boolean firstLeg = true;
                while (url != null) {
                    Step step;
                    try {
                        step = firstLeg && "http".equalsIgnoreCase(candidate.getScheme()) && !allowPlainHttp
                                ? probeRedirect(url) : post(url, address);
                    } catch (MapiCertificateException e) {
                        untrusted = untrusted.or(() -> Optional.of(e));
                        attempts.add(url + ": " + e.getMessage());
                        break;
                    } catch (MapiException e) {
                        attempts.add(url + ": " + e.getMessage());
                        break;
                    }
                    firstLeg = false;
                    switch (step) {
                        case Step.Failed f -> {
                            attempts.add(url + ": " + f.why());
                            url = null;
                        }
                        case Step.Redirect r -> {
                            if (++redirects > MAX_REDIRECTS) {
                                throw new MapiAutodiscoverException("more than " + MAX_REDIRECTS + " redirects", attempts);
                            }
                            attempts.add(url + ": redirected to " + r.to());
                            url = r.to();
                        }
                        case Step.Answered a -> {
                            switch (a.answer()) {
                                case PoxAnswer.Settings s -> {
                                    return settings(address, url, s, attempts);
                                }
                                case PoxAnswer.RedirectUrl r -> {
                                    if (++redirects > MAX_REDIRECTS) {
                                        throw new MapiAutodiscoverException("more than " + MAX_REDIRECTS
                                                + " redirects", attempts);
                                    }
                                    attempts.add(url + ": redirectUrl " + r.url());
                                    url = r.url();
                                }
                                case PoxAnswer.RedirectAddress r -> {
                                    if (++redirects > MAX_REDIRECTS) {
                                        throw new MapiAutodiscoverException("more than " + MAX_REDIRECTS
                                                + " redirects", attempts);
                                    }
                                    attempts.add(url + ": redirectAddr " + r.emailAddress());
                                    address = r.emailAddress().strip();
                                    continue lookup;
                                }
                                case PoxAnswer.Error e -> {
                                    attempts.add(url + ": Error " + e.code() + " " + e.message());
                                    url = null;
                                }
                            }
                        }
                    }
                }
            }
            if (untrusted.isPresent()) {
                throw untrusted.get();
            }
            throw new MapiAutodiscoverException("no autodiscover settings for " + address, attempts);
        }
    }

    /**
     * The https autodiscover URLs of the servers named by the SRV records of
     * {@code _autodiscover._tcp.domain}, [MS-OXDISCO] 3.1.5.3: lower priority first, then higher weight.
     */
    private List<URI> srvCandidates(String domain, List<String> attempts) {
        String name = "_autodiscover._tcp." + domain;
        List<SrvResolver.SrvRecord> records;
        try {
            records = srv.lookup(name);
        } catch (IOException e) {
            attempts.add(name + ": " + e.getMessage());
            return List.of();
        }
        if (records.isEmpty()) {
            attempts.add(name + ": no SRV records");
            return List.of();
        }
        List<URI> urls = new ArrayList<>();
        for (SrvResolver.SrvRecord r : records.stream().sorted(Comparator.comparingInt(SrvResolver.SrvRecord::priority)
                .thenComparing(Comparator.comparingInt(SrvResolver.SrvRecord::weight).reversed())).toList()) {
            String host = r.target().endsWith(".") ? r.target().substring(0, r.target().length() - 1) : r.target();
            try {
                urls.add(new URI("https", null, host, r.port() == 443 ? -1 : r.port(),
                        "/autodiscover/autodiscover.xml", null, null));
            } catch (URISyntaxException e) {
                attempts.add(name + ": unusable SRV target " + r.target());
            }
        }
        return urls;
    }

    private AutodiscoverSettings settings(String address, URI from, PoxAnswer.Settings s, List<String> attempts) {
        if (s.mailboxUrl() == null || s.addressBookUrl() == null) {
            attempts.add(from + ": settings without a mapiHttp Protocol (MailStore and AddressBook)");
            throw new MapiAutodiscoverException("no MAPI/HTTP settings for " + address, attempts);
        }
        return new AutodiscoverSettings(s.smtpAddress().isEmpty() ? address : s.smtpAddress(), s.displayName(),
                s.legacyDn(), s.mailboxUrl(), s.addressBookUrl());
    }

    /** One exchange with a URL: a POX answer, an HTTP redirect, or a failure to note. */
    private sealed interface Step {
        record Answered(PoxAnswer answer) implements Step {
        }

        record Redirect(URI to) implements Step {
        }

        record Failed(String why) implements Step {
        }
    }

    /** The unauthenticated GET of the http:// candidate; only a redirect to https is of use, [MS-OXDSCLI] 3.1.5.2. */
    private Step probeRedirect(URI url) {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(url).timeout(options.readTimeout()).GET(), url);
        Optional<URI> location = location(url, response);
        if (location.isPresent() && "https".equalsIgnoreCase(location.get().getScheme())) {
            return new Step.Redirect(location.get());
        }
        return new Step.Failed("no redirect to https (HTTP " + response.statusCode() + ")");
    }

    private Step post(URI url, String address) {
        if (!"https".equalsIgnoreCase(url.getScheme()) && !allowPlainHttp) {
            return new Step.Failed("credentials are not sent over plain http");
        }
        byte[] body = PoxXml.request(address);
        Optional<String> authorization = authenticator.initial(url);
        for (int round = 1; ; round++) {
            HttpRequest.Builder rb = HttpRequest.newBuilder(url).timeout(options.readTimeout())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .header("Content-Type", "text/xml; charset=utf-8")
                    .header(MAPI_HTTP_CAPABILITY, "1")
                    .header("User-Agent", options.userAgent());
            authorization.ifPresent(a -> rb.header("Authorization", a));
            HttpResponse<byte[]> response = send(rb, url);
            int status = response.statusCode();
            if (status == 401) {
                authorization = round <= 3 ? authenticator.respond(url,
                        response.headers().allValues("WWW-Authenticate"), round) : Optional.empty();
                if (authorization.isEmpty()) {
                    return new Step.Failed("authentication refused (HTTP 401, " + authenticator + ")");
                }
                continue;
            }
            Optional<URI> location = location(url, response);
            if (location.isPresent()) {
                return new Step.Redirect(location.get());
            }
            if (status != 200) {
                return new Step.Failed("HTTP " + status);
            }
            if (response.body().length > MAX_RESPONSE) {
                return new Step.Failed("response larger than " + MAX_RESPONSE + " bytes");
            }
            return new Step.Answered(PoxXml.parse(response.body()));
        }
    }

    private static Optional<URI> location(URI base, HttpResponse<?> response) {
        int status = response.statusCode();
        if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
            return Optional.empty();
        }
        return response.headers().firstValue("Location").map(l -> {
            try {
                return base.resolve(l.strip());
            } catch (IllegalArgumentException e) {
                return null;
            }
        });
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request, URI url) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            Optional<MapiCertificateException> untrusted = ReportingTrustManager.certificateError(url.getHost(), e);
            if (untrusted.isPresent()) {
                throw untrusted.get();
            }
            throw new MapiTransportException("autodiscover request to " + url.getHost() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MapiTransportException("interrupted during autodiscover", e);
        }
    }

    @Override
    public void close() {
        http.close();
    }

    /** Configures an {@link Autodiscover}. */
    public static final class Builder {
        private final MapiAuthenticator authenticator;
        private MapiSessionOptions options = MapiSessionOptions.defaults();
        private Function<String, List<URI>> candidates = Autodiscover::standardCandidates;
        private boolean allowPlainHttp;
        private SrvResolver srv;
        private boolean ownCandidates;

        private Builder(MapiAuthenticator authenticator) {
            this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        }

        /** Timeouts, User-Agent and trust store. */
        public Builder options(MapiSessionOptions v) {
            options = Objects.requireNonNull(v);
            return this;
        }

        /**
         * The candidate URLs for a mail domain, tried in order; default {@link #standardCandidates}.
         * With candidates of one's own the DNS SRV step is only taken when {@link #srvResolver} is set.
         */
        public Builder candidates(Function<String, List<URI>> v) {
            candidates = Objects.requireNonNull(v);
            ownCandidates = true;
            return this;
        }

        /**
         * How the SRV records of the DNS SRV step are looked up; default {@link SrvResolver#system()}
         * with the standard candidates, none with candidates of one's own.
         */
        public Builder srvResolver(SrvResolver v) {
            srv = Objects.requireNonNull(v);
            return this;
        }

        /** Also POSTs (with credentials) to plain http:// URLs; for loopback tests only. */
        public Builder allowPlainHttp(boolean v) {
            allowPlainHttp = v;
            return this;
        }

        public Autodiscover build() {
            return new Autodiscover(this);
        }
    }
}
