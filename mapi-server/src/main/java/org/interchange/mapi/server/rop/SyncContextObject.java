package org.interchange.mapi.server.rop;

import java.util.Objects;
import org.interchange.mapi.codec.fxics.FastTransferSource;
import org.interchange.mapi.codec.fxics.SyncElement;
import org.interchange.mapi.server.rop.oxcfxics.IcsState;
import org.interchange.mapi.server.rop.oxcfxics.SyncConfiguration;
import org.interchange.mapi.server.store.FolderRecord;

/**
 * A synchronization download context made by RopSynchronizationConfigure, [MS-OXCFXICS] 3.2.5.9.1:
 * the folder, the configuration, the ICS state uploaded into it and, once the client asks for
 * buffers, the FastTransfer stream being produced.
 */
public final class SyncContextObject implements ServerObject {
    private final LogonObject logon;
    private final FolderRecord folder;
    private final SyncConfiguration configuration;
    private final IcsState state = new IcsState();
    private FastTransferSource source;
    private SyncElement.SyncState finalState;

    public SyncContextObject(LogonObject logon, FolderRecord folder, SyncConfiguration configuration) {
        this.logon = Objects.requireNonNull(logon, "logon");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    @Override
    public LogonObject logon() {
        return logon;
    }

    public FolderRecord folder() {
        return folder;
    }

    public SyncConfiguration configuration() {
        return configuration;
    }

    public IcsState state() {
        return state;
    }

    /** The stream being downloaded, or null before the first RopFastTransferSourceGetBuffer. */
    public FastTransferSource source() {
        return source;
    }

    /** Starts the download: {@code stream} is produced, {@code end} is the state it ends with. */
    public void startDownload(FastTransferSource stream, SyncElement.SyncState end) {
        this.source = Objects.requireNonNull(stream, "stream");
        this.finalState = Objects.requireNonNull(end, "end");
    }

    /** The whole stream was handed out: the context's state becomes the final state. */
    public void finishDownload() {
        state.replace(finalState);
    }
}
