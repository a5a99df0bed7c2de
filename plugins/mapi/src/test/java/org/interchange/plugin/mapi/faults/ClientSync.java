package org.interchange.plugin.mapi.faults;

import java.net.URI;
import org.interchange.cache.api.SyncListener;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.AccountSettings;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.sync.SyncEngine;
import org.interchange.cache.sync.SyncResult;
import org.interchange.plugin.mapi.MapiBackendFactory;

/** What the upload tests do as the client: a MAPI backend of the fault server's user, and one sync that must end well. */
final class ClientSync {
    private ClientSync() {
    }

    /** A fresh MAPI backend (its own session) of {@link FaultServer#USER} at {@code emsmdb}. */
    static Backend backend(String account, URI emsmdb) {
        return new MapiBackendFactory().create(new AccountSettings(account, emsmdb.toString(), FaultServer.USER,
                FaultServer.PASSWORD.toCharArray()));
    }

    /** Runs one sync of {@code account}; a sync that ends with an error fails the test with it. */
    static SyncResult run(H2CacheStore cache, String account, Backend backend) {
        Exception[] error = new Exception[1];
        SyncResult result = new SyncEngine(cache, account, backend).run(new SyncListener() {
            @Override
            public void syncFinished(String accountId, Exception errorOrNull) {
                error[0] = errorOrNull;
            }
        }, new CancellationToken());
        if (error[0] != null) {
            throw new AssertionError("sync ended " + result, error[0]);
        }
        return result;
    }
}
