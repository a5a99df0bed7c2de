package org.interchange.mapi.server.nspi;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.interchange.mapi.codec.http.MapiHttpHeaders;
import org.interchange.mapi.codec.http.MapiHttpRequestType;
import org.interchange.mapi.codec.http.MapiHttpResponseCode;
import org.interchange.mapi.codec.http.nspi.AuxiliaryBuffer;
import org.interchange.mapi.codec.http.nspi.BindRequest;
import org.interchange.mapi.codec.http.nspi.CompareMIdsRequest;
import org.interchange.mapi.codec.http.nspi.DNToMIdRequest;
import org.interchange.mapi.codec.http.nspi.GetAddressBookUrlRequest;
import org.interchange.mapi.codec.http.nspi.GetAddressBookUrlResponse;
import org.interchange.mapi.codec.http.nspi.GetMailboxUrlRequest;
import org.interchange.mapi.codec.http.nspi.GetMailboxUrlResponse;
import org.interchange.mapi.codec.http.nspi.GetMatchesRequest;
import org.interchange.mapi.codec.http.nspi.GetPropListRequest;
import org.interchange.mapi.codec.http.nspi.GetPropsRequest;
import org.interchange.mapi.codec.http.nspi.GetSpecialTableRequest;
import org.interchange.mapi.codec.http.nspi.GetTemplateInfoRequest;
import org.interchange.mapi.codec.http.nspi.GetTemplateInfoResponse;
import org.interchange.mapi.codec.http.nspi.ModLinkAttRequest;
import org.interchange.mapi.codec.http.nspi.ModLinkAttResponse;
import org.interchange.mapi.codec.http.nspi.ModPropsRequest;
import org.interchange.mapi.codec.http.nspi.ModPropsResponse;
import org.interchange.mapi.codec.http.nspi.QueryColumnsRequest;
import org.interchange.mapi.codec.http.nspi.QueryRowsRequest;
import org.interchange.mapi.codec.http.nspi.ResolveNamesRequest;
import org.interchange.mapi.codec.http.nspi.ResortRestrictionRequest;
import org.interchange.mapi.codec.http.nspi.SeekEntriesRequest;
import org.interchange.mapi.codec.http.nspi.UnbindRequest;
import org.interchange.mapi.codec.http.nspi.UnbindResponse;
import org.interchange.mapi.codec.http.nspi.UpdateStatRequest;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.server.http.MapiHttpExchange;
import org.interchange.mapi.server.http.MapiHttpIntake;
import org.interchange.mapi.server.http.RequestGate;
import org.interchange.mapi.server.http.MapiSession;
import org.interchange.mapi.server.http.SessionCookies;
import org.interchange.mapi.server.http.SessionRegistry;
import org.interchange.mapi.server.http.UserDirectory;
import org.interchange.mapi.server.store.MailboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NSPI endpoint, [MS-OXCMAPIHTTP] 2.1, 2.2.5 and 3.2.5: the framing, HTTP authentication and
 * Session Context cookie rules of the EMSMDB endpoint (POST only, 401 without credentials, Bind
 * opens a session, Unbind closes it, every other request type needs a live session of the same
 * user). Declines (returns false for) every path other than {@link #PATH}.
 */
public final class NspiHandler extends Handler.Abstract {
    public static final String PATH = "/mapi/nspi";
    /** Largest request body accepted; NSPI requests are small. */
    static final int MAX_BODY = 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(NspiHandler.class);
    private static final AuxiliaryBuffer NO_AUX = AuxiliaryBuffer.EMPTY;

    private final MapiHttpIntake intake;
    private final SessionRegistry sessions;
    private final SessionCookies sessionCookies;
    private final NspiService service;
    private final ExecutorService workers;
    private final Duration pendingPeriod;

    public NspiHandler(RequestGate gate, UserDirectory users, MailboxStore store, ExecutorService workers, Duration pendingPeriod,
            Duration sessionTimeout, Clock clock) {
        this.intake = new MapiHttpIntake(gate, MAX_BODY, workers, pendingPeriod, clock);
        this.sessions = new SessionRegistry(clock, sessionTimeout);
        this.sessionCookies = new SessionCookies(sessions);
        this.service = new NspiService(new GlobalAddressList(users, store), UUID.randomUUID());
        this.workers = workers;
        this.pendingPeriod = pendingPeriod;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (!PATH.equals(path) && !(PATH + "/").equals(path)) {
            return false;
        }
        try {
            serve(request, response);
            callback.succeeded();
        } catch (IOException | RuntimeException e) {
            LOG.warn("NSPI request failed: {}", e.toString());
            callback.failed(e);
        }
        return true;
    }

    private void serve(Request request, Response response) throws IOException {
        Optional<MapiHttpIntake.Admitted> admitted = intake.admit(request, response);
        if (admitted.isEmpty()) {
            return;
        }
        MapiHttpExchange exchange = admitted.get().exchange();
        MapiHttpRequestType type = admitted.get().type();
        byte[] body = admitted.get().body();
        if (type == MapiHttpRequestType.BIND) {
            bind(request, exchange, admitted.get().user(), body);
            return;
        }
        Optional<MapiSession> session = sessionCookies.require(request, exchange, admitted.get().user(), true);
        if (session.isEmpty()) {
            return;
        }
        switch (type) {
            case UNBIND -> unbind(exchange, session.get(), body);
            case COMPARE_MIN_IDS -> answer(exchange, session.get(), body, CompareMIdsRequest::decode,
                    r -> service.compareMIds(r).encode());
            case DN_TO_MIN_ID -> answer(exchange, session.get(), body, DNToMIdRequest::decode,
                    r -> service.dnToMId(r).encode());
            case GET_MATCHES -> answer(exchange, session.get(), body, GetMatchesRequest::decode,
                    r -> service.getMatches(r).encode());
            case GET_PROP_LIST -> answer(exchange, session.get(), body, GetPropListRequest::decode,
                    r -> service.getPropList(r).encode());
            case GET_PROPS -> answer(exchange, session.get(), body, GetPropsRequest::decode,
                    r -> service.getProps(r).encode());
            case GET_SPECIAL_TABLE -> answer(exchange, session.get(), body, GetSpecialTableRequest::decode,
                    r -> service.specialTable(r).encode());
            case GET_TEMPLATE_INFO -> answer(exchange, session.get(), body, GetTemplateInfoRequest::decode,
                    r -> new GetTemplateInfoResponse(0, NspiErrors.NOT_FOUND, r.codePage(), Optional.empty(),
                            NO_AUX).encode());
            case MODIFY_LINK_ATT -> answer(exchange, session.get(), body, ModLinkAttRequest::decode,
                    r -> new ModLinkAttResponse(0, NspiErrors.ACCESS_DENIED, NO_AUX).encode());
            case MODIFY_PROPS -> answer(exchange, session.get(), body, ModPropsRequest::decode,
                    r -> new ModPropsResponse(0, NspiErrors.ACCESS_DENIED, NO_AUX).encode());
            case QUERY_COLUMNS -> answer(exchange, session.get(), body, QueryColumnsRequest::decode,
                    r -> service.queryColumns().encode());
            case QUERY_ROWS -> answer(exchange, session.get(), body, QueryRowsRequest::decode,
                    r -> service.queryRows(r).encode());
            case RESOLVE_NAMES -> answer(exchange, session.get(), body, ResolveNamesRequest::decode,
                    r -> service.resolveNames(r).encode());
            case RESORT_RESTRICTION -> answer(exchange, session.get(), body, ResortRestrictionRequest::decode,
                    r -> service.resortRestriction(r).encode());
            case SEEK_ENTRIES -> answer(exchange, session.get(), body, SeekEntriesRequest::decode,
                    r -> service.seekEntries(r).encode());
            case UPDATE_STAT -> answer(exchange, session.get(), body, UpdateStatRequest::decode,
                    r -> service.updateStat(r).encode());
            case GET_MAILBOX_URL -> answer(exchange, session.get(), body, GetMailboxUrlRequest::decode,
                    r -> new GetMailboxUrlResponse(0, NspiErrors.SUCCESS, ownUrl(request, "/mapi/emsmdb/"),
                            NO_AUX).encode());
            case GET_ADDRESS_BOOK_URL -> answer(exchange, session.get(), body, GetAddressBookUrlRequest::decode,
                    r -> new GetAddressBookUrlResponse(0, NspiErrors.SUCCESS, ownUrl(request, PATH + "/"),
                            NO_AUX).encode());
            default -> exchange.fail(MapiHttpResponseCode.INVALID_REQUEST_TYPE,
                    type.headerValue() + " is not supported by this endpoint");
        }
    }

    private void bind(Request request, MapiHttpExchange exchange, String user, byte[] body) throws IOException {
        BindRequest bind;
        try {
            bind = BindRequest.decode(body);
        } catch (MapiCodecException e) {
            exchange.fail(MapiHttpResponseCode.INVALID_REQUEST_BODY, "malformed Bind body");
            return;
        }
        sessionCookies.endPrevious(request, user);
        MapiSession session = sessions.create(user);
        exchange.respond(() -> service.bind(bind).encode(), workers, pendingPeriod,
                SessionCookies.issued(session, PATH),
                Map.of(MapiHttpHeaders.X_EXPIRATION_INFO, Long.toString(sessions.idleTimeout().toMillis())));
    }

    private void unbind(MapiHttpExchange exchange, MapiSession session, byte[] body) throws IOException {
        try {
            UnbindRequest.decode(body);
        } catch (MapiCodecException e) {
            exchange.fail(MapiHttpResponseCode.INVALID_REQUEST_BODY, "malformed Unbind body");
            return;
        }
        sessions.remove(session);
        exchange.respond(() -> new UnbindResponse(0, service.unbindResult(), NO_AUX).encode(), workers,
                pendingPeriod, SessionCookies.expired(PATH + "/"), Map.of());
    }

    private <T> void answer(MapiHttpExchange exchange, MapiSession session, byte[] body, Function<byte[], T> decoder,
            Function<T, byte[]> work) throws IOException {
        T decoded;
        try {
            decoded = decoder.apply(body);
        } catch (MapiCodecException | IllegalArgumentException e) {
            exchange.fail(MapiHttpResponseCode.INVALID_REQUEST_BODY, "malformed request body: " + e.getMessage());
            return;
        }
        sessions.advance(session);
        java.util.concurrent.Callable<byte[]> job = () -> work.apply(decoded);
        exchange.respond(job, workers, pendingPeriod, List.of(SessionCookies.sequence(session, PATH)),
                Map.of(MapiHttpHeaders.X_EXPIRATION_INFO, Long.toString(sessions.idleTimeout().toMillis())));
    }

    /** This server's URL for {@code path}, as the client reached it (scheme, host and port of the request). */
    private static String ownUrl(Request request, String path) {
        var uri = request.getHttpURI();
        String authority = uri.getHost().contains(":") ? "[" + uri.getHost() + "]" : uri.getHost();
        return uri.getScheme() + "://" + authority + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + path;
    }

}
