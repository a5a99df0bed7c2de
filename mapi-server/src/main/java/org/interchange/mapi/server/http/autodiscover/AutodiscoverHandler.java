package org.interchange.mapi.server.http.autodiscover;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.interchange.mapi.server.http.RequestGate;
import org.interchange.mapi.server.http.UserDirectory;
import org.interchange.mapi.server.rop.oxcstor.UserDn;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The autodiscover endpoint, [MS-OXDSCLI] 3.2.5: an authenticated POST of a POX request to
 * {@code /autodiscover/autodiscover.xml} (any case) is answered with the MAPI/HTTP settings of
 * the user the e-mail address names, when the client sent X-MapiHttpCapability; an unknown address
 * gets Error 500, a malformed request Error 600. Declines every other path.
 */
public final class AutodiscoverHandler extends Handler.Abstract {
    public static final String PATH = "/autodiscover/autodiscover.xml";
    /** Header by which the client announces MAPI/HTTP support, [MS-OXDSCLI] 2.2.1.1. */
    static final String MAPI_HTTP_CAPABILITY = "X-MapiHttpCapability";
    private static final int MAX_BODY = 64 * 1024;
    /** The mail domain of accounts without a mailbox address, as the EMSMDB endpoint creates them. */
    private static final String LOCAL_DOMAIN = "interchange.local";
    private static final Logger LOG = LoggerFactory.getLogger(AutodiscoverHandler.class);

    private final RequestGate gate;
    private final UserDirectory users;
    private final MailboxStore store;
    private final String deploymentId;

    public AutodiscoverHandler(RequestGate gate, UserDirectory users, MailboxStore store, String deploymentId) {
        this.gate = gate;
        this.users = users;
        this.store = store;
        this.deploymentId = deploymentId;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!PATH.equals(Request.getPathInContext(request).toLowerCase(Locale.ROOT))) {
            return false;
        }
        try {
            serve(request, response);
            callback.succeeded();
        } catch (IOException | RuntimeException e) {
            LOG.warn("autodiscover request failed: {}", e.toString());
            callback.failed(e);
        }
        return true;
    }

    private void serve(Request request, Response response) throws IOException {
        if (gate.authenticatedPost(request, response).isEmpty()) {
            return;
        }
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            RequestGate.plain(response, 413);
            return;
        }
        PoxRequest pox;
        try {
            pox = PoxRequest.parse(body);
        } catch (PoxRequest.MalformedException e) {
            xml(response, PoxResponse.error(600, "Invalid Request"));
            return;
        }
        Optional<Account> account = pox.emailAddress().flatMap(this::byAddress)
                .or(() -> pox.legacyDn().flatMap(this::byLegacyDn));
        if (account.isEmpty()) {
            xml(response, PoxResponse.error(500, "The email address can't be found."));
            return;
        }
        boolean mapiHttp = request.getHeaders().get(MAPI_HTTP_CAPABILITY) != null;
        String base = baseUrl(request);
        xml(response, PoxResponse.settings(account.get().displayName(), UserDn.of(account.get().name()),
                account.get().address(), deploymentId, mapiHttp, base + "mapi/emsmdb/", base + "mapi/nspi/"));
    }

    /** A user of the directory with the address and display name the autodiscover answer gives. */
    private record Account(String name, String address, String displayName) {
    }

    private Optional<Account> byAddress(String address) {
        return users.userNames().stream().map(this::account)
                .filter(a -> a.address().equalsIgnoreCase(address) || a.name().equalsIgnoreCase(address)).findFirst();
    }

    private Optional<Account> byLegacyDn(String dn) {
        return users.userNames().stream().filter(u -> UserDn.of(u).equalsIgnoreCase(dn)).map(this::account)
                .findFirst();
    }

    private Account account(String name) {
        Optional<Mailbox> mailbox = store.findMailbox(name);
        String address = mailbox.map(Mailbox::emailAddress).filter(a -> !a.isBlank())
                .orElse(name.contains("@") ? name : name + "@" + LOCAL_DOMAIN);
        String display = mailbox.map(Mailbox::displayName).filter(d -> !d.isBlank()).orElse(name);
        return new Account(name, address, display);
    }

    private static String baseUrl(Request request) {
        var uri = request.getHttpURI();
        String host = uri.getHost().contains(":") ? "[" + uri.getHost() + "]" : uri.getHost();
        return uri.getScheme() + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/";
    }

    private static void xml(Response response, byte[] body) throws IOException {
        response.setStatus(200);
        response.getHeaders().put("Content-Type", "text/xml; charset=utf-8");
        response.getHeaders().put("Content-Length", Integer.toString(body.length));
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            out.write(body);
        }
    }
}
