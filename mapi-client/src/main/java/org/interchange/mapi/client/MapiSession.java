package org.interchange.mapi.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.interchange.mapi.client.ics.FolderWatch;
import org.interchange.mapi.client.ics.IcsDownload;
import org.interchange.mapi.client.ics.IcsDownloadOptions;
import org.interchange.mapi.client.ics.IcsStateRejectedException;
import org.interchange.mapi.client.internal.http.MapiHttpTransport;
import org.interchange.mapi.client.permissions.FolderPermissions;
import org.interchange.mapi.client.write.MailboxWriter;
import org.interchange.mapi.client.write.SessionAccess;
import org.interchange.mapi.client.internal.rop.RopExecutor;
import org.interchange.mapi.client.internal.session.ContentsTable;
import org.interchange.mapi.client.internal.session.FolderHierarchy;
import org.interchange.mapi.client.internal.session.FolderTables;
import org.interchange.mapi.client.internal.session.LogonOperation;
import org.interchange.mapi.client.internal.session.MessageOpener;
import org.interchange.mapi.client.internal.session.NamedProperties;
import org.interchange.mapi.client.internal.session.NotificationWaiter;
import org.interchange.mapi.client.internal.session.ReadFlags;
import org.interchange.mapi.client.internal.session.SessionContext;
import org.interchange.mapi.codec.http.ConnectResponse;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidName;

/**
 * A MAPI session with one mailbox over MAPI/HTTP, [MS-OXCMAPIHTTP] 3.1 and [MS-OXCROPS] 3.1:
 * Connect on creation, RopLogon to the private store on {@link #logon()} (done implicitly by the
 * other calls), the folder, table and message operations batched into as few Execute requests
 * as the protocol allows, Disconnect on {@link #close()}. Calls are serialized; tables and
 * messages it hands out belong to it and must not outlive it.
 */
public final class MapiSession implements AutoCloseable {
    private final MapiHttpTransport transport;
    private final RopExecutor executor;
    private final MapiSessionOptions options;
    private final String userDn;
    private final String mailboxDn;
    private volatile ConnectResponse connection;
    private final ReentrantLock lock = new ReentrantLock();
    private SessionContext context;
    private volatile int generation;
    private volatile boolean closed;

    private MapiSession(MapiHttpTransport transport, MapiSessionOptions options, String userDn, String mailboxDn,
                        ConnectResponse connection) {
        this.transport = transport;
        this.executor = new RopExecutor(transport);
        this.options = options;
        this.userDn = userDn;
        this.mailboxDn = mailboxDn;
        this.connection = connection;
    }

    /** Connects with HTTP Basic authentication and default options; the user name doubles as UserDn. */
    public static MapiSession connect(URI mailboxUrl, String user, char[] password) {
        return connect(mailboxUrl, user, password, MapiSessionOptions.defaults());
    }

    /** Connects with HTTP Basic authentication; UserDn is {@code options.userDn()} or else the user name. */
    public static MapiSession connect(URI mailboxUrl, String user, char[] password, MapiSessionOptions options) {
        return connect(mailboxUrl, MapiAuthenticator.basic(user, password), options.userDn().orElse(user), options);
    }

    /**
     * Connects with any authenticator. {@code userDn} is the UserDn of Connect and the Essdn of
     * RopLogon: the mailbox's legacy DN as autodiscover reports it (Exchange requires it).
     */
    public static MapiSession connect(URI mailboxUrl, MapiAuthenticator authenticator, String userDn,
                                      MapiSessionOptions options) {
        return connectToMailbox(mailboxUrl, authenticator, userDn, userDn, options);
    }

    /**
     * Connects as the user {@code userDn} names and logs on to the private mailbox {@code mailboxDn}
     * names, usually another user's (delegate access, [MS-OXCSTOR] 3.2.5.1.1): the server lets the
     * logon and every later call through only as far as that mailbox's folder permissions grant
     * ([MS-OXCPERM]); refusals are MapiOperationExceptions with ecAccessDenied (0x80070005).
     */
    public static MapiSession connectToMailbox(URI mailboxUrl, MapiAuthenticator authenticator, String userDn,
                                               String mailboxDn, MapiSessionOptions options) {
        Objects.requireNonNull(mailboxDn, "mailboxDn");
        Objects.requireNonNull(mailboxUrl, "mailboxUrl");
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(userDn, "userDn");
        Objects.requireNonNull(options, "options");
        MapiHttpTransport transport = new MapiHttpTransport(mailboxUrl, authenticator, options);
        try {
            return new MapiSession(transport, options, userDn, mailboxDn, transport.connect(userDn));
        } catch (RuntimeException e) {
            transport.close();
            throw e;
        }
    }

    /** The user's display name from the Connect response. */
    public String displayName() {
        return connection.displayName();
    }

    /** The DN prefix for recipients from the Connect response. */
    public String dnPrefix() {
        return connection.dnPrefix();
    }

    /** Logs on to the private mailbox (once; later calls return the same mailbox), [MS-OXCROPS] 2.2.3.1. */
    public Mailbox logon() {
        return locked(() -> context().mailbox());
    }

    /** The folders below the IPM subtree ("Top of Information Store"), all levels, every page read. */
    public List<FolderInfo> folderHierarchy() {
        return locked(() -> FolderHierarchy.read(context(), context().mailbox().folderId(SpecialFolder.IPM_SUBTREE)));
    }

    /** The folders below {@code folderId}, all levels. */
    public List<FolderInfo> folderHierarchy(long folderId) {
        return locked(() -> FolderHierarchy.read(context(), folderId));
    }

    /**
     * Opens a folder's contents table with these columns; the first page is fetched in the same
     * request. Include {@code PidTag.MID} to get the message ids for {@link #openMessage}.
     */
    public MapiTable contentsTable(long folderId, List<PropertyTag> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a contents table needs at least one column");
        }
        return locked(() -> new ContentsTable(context(), FolderTables.contents(context(), folderId, columns)));
    }

    /** Opens a message with all its properties (RopGetPropertiesAll) and its attachment table. */
    public MapiMessage openMessage(long folderId, long messageId) {
        return locked(() -> MessageOpener.open(context(), folderId, messageId, List.of()));
    }

    /** Opens a message with the given properties (RopGetPropertiesSpecific) and its attachment table. */
    public MapiMessage openMessage(long folderId, long messageId, List<PropertyTag> tags) {
        if (tags.isEmpty()) {
            throw new IllegalArgumentException("name at least one property, or use openMessage(folderId, messageId)");
        }
        return locked(() -> MessageOpener.open(context(), folderId, messageId, tags));
    }

    /**
     * Marks messages of a folder read or unread without sending read receipts (RopSetReadFlags,
     * [MS-OXCMSG] 2.2.3.10), folder opened and released in the same Execute. Returns false when the
     * server reported PartialCompletion: some id named no message of that folder.
     */
    public boolean setReadFlags(long folderId, List<Long> messageIds, boolean read) {
        List<Long> ids = List.copyOf(messageIds);
        if (ids.isEmpty()) {
            return true;
        }
        return locked(() -> ReadFlags.set(context(), folderId, ids, read));
    }

    /**
     * This mailbox's property ids for named properties (RopGetPropertyIdsFromNames, no creation);
     * names the mailbox does not know are absent. Property bags read later by this session answer
     * {@code get(PidLid)} for every name resolved so far.
     */
    public NamedPropertyIds resolveNamedProperties(List<PidLid> names) {
        return locked(() -> NamedProperties.resolve(context(), names));
    }

    /**
     * This mailbox's property ids for named properties by long id and by string name (MNID_ID and
     * MNID_STRING, RopGetPropertyIdsFromNames [MS-OXCPRPT] 2.2.12); with {@code create} the mailbox
     * assigns ids to the names it does not know yet (flag 0x02), so values of them can be written.
     */
    public NamedPropertyIds resolveNamedProperties(List<PidLid> lids, List<PidName> names, boolean create) {
        return locked(() -> NamedProperties.resolve(context(), lids, names, create));
    }

    /**
     * Blocks until the server reports pending events for this session (NotificationWait,
     * [MS-OXCMAPIHTTP] 2.2.4.4), re-arming after empty answers, network loss (with back-off from
     * {@link MapiSessionOptions#retryBackoff()}), busy answers and an expired Session Context
     * (reconnected and logged on again). Runs beside the other calls, from another thread. True
     * when events are pending; false when {@code maxWait} passed or the session was closed.
     */
    public boolean awaitEvents(Duration maxWait) {
        NotificationWaiter.Session self = new NotificationWaiter.Session() {
            @Override
            public int generation() {
                return generation;
            }

            @Override
            public void renew(int seen) {
                lock.lock();
                try {
                    if (!closed && generation == seen) {
                        renewLocked();
                    }
                } finally {
                    lock.unlock();
                }
            }

            @Override
            public boolean isOpen() {
                return !closed;
            }
        };
        return new NotificationWaiter(transport, self, options.retryBackoff(), MapiSessionOptions.MAX_RETRY_BACKOFF)
                .await(maxWait);
    }

    /** Sends PING ([MS-OXCMAPIHTTP] 2.2.3.3.1): proves the endpoint answers and the credentials hold. */
    public void ping() {
        transport.ping();
    }

    /** Disconnects (server objects die with the Session Context) and frees the HTTP client. */
    @Override
    public void close() {
        closed = true;
        lock.lock();
        try {
            transport.close();
        } finally {
            lock.unlock();
        }
    }

    private SessionContext context() {
        if (context == null) {
            LogonOperation.Result logon = LogonOperation.run(executor, mailboxDn);
            context = new SessionContext(executor, options, logon.logon(), logon.mailbox());
        }
        return context;
    }

    /**
     * Runs one operation. Every operation starts from the logon, so when the Session Context is
     * gone (X-ResponseCode 6, 10, 13 or 15) it is run once more on a new context after a
     * reconnect and logon, [MS-OXCMAPIHTTP] 3.2.5.6; tables and messages opened before stay dead.
     */
    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the session is closed");
            }
            try {
                return action.get();
            } catch (MapiSessionExpiredException e) {
                renewLocked();
                return action.get();
            }
        } finally {
            lock.unlock();
        }
    }

    private void renewLocked() {
        context = null;
        executor.releases().clear();
        connection = transport.reconnect(userDn);
        generation++;
    }

    /**
     * Starts an ICS download of a folder's messages ([MS-OXCFXICS] 3.3.4.3): {@code state} is the
     * state of the last batch stored for this folder, or empty for a first synchronization. A state
     * that is damaged or belongs elsewhere fails with {@link IcsStateRejectedException}.
     */
    public IcsDownload downloadContents(long folderId, byte[] state, IcsDownloadOptions options) {
        return locked(() -> IcsDownload.start(lock, context(), false, folderId, state, options));
    }

    /**
     * Starts ICS downloads of several folders' messages together, their starts sharing Executes
     * ({@link IcsDownload#startAll}); a folder whose start failed gets a download whose first {@code next()} throws.
     */
    public List<IcsDownload> downloadContents(List<IcsDownload.FolderState> folders, IcsDownloadOptions options) {
        return locked(() -> IcsDownload.startAll(lock, context(), folders, options));
    }

    /** Starts an ICS download of the folders below {@code folderId}, as {@link #downloadContents}. */
    public IcsDownload downloadHierarchy(long folderId, byte[] state, IcsDownloadOptions options) {
        return locked(() -> IcsDownload.start(lock, context(), true, folderId, state, options));
    }

    /** Write operations on this mailbox (messages, recipients, attachments, folders, submission). */
    public MailboxWriter writer() {
        return new MailboxWriter(new SessionAccess() {
            @Override
            public <T> T call(Function<SessionContext, T> operation) {
                return locked(() -> operation.apply(context()));
            }
        });
    }

    /** The server-side rules of this mailbox's folders, [MS-OXORULE] (see {@link MailboxRules}). */
    public MailboxRules rules() {
        return new MailboxRules(new SessionAccess() {
            @Override
            public <T> T call(Function<SessionContext, T> operation) {
                return locked(() -> operation.apply(context()));
            }
        });
    }

    /** The permissions lists of this mailbox's folders, [MS-OXCPERM]. */
    public FolderPermissions permissions() {
        return new FolderPermissions(new SessionAccess() {
            @Override
            public <T> T call(Function<SessionContext, T> operation) {
                return locked(() -> operation.apply(context()));
            }
        });
    }

    /**
     * Subscribes to changes of a folder's messages (RopRegisterNotification, [MS-OXCNOTIF] 3.1.4.1);
     * with {@link #awaitEvents} on another thread, changes reach the client as they happen.
     */
    public FolderWatch watchFolder(long folderId) {
        return locked(() -> FolderWatch.start(lock, context(), folderId));
    }
}
