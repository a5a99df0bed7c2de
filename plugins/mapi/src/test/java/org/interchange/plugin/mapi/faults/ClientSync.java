package org.interchange.plugin.mapi.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.SyncListener;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.AccountSettings;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.UploadResult;
import org.interchange.cache.sync.SyncEngine;
import org.interchange.cache.sync.SyncResult;
import org.interchange.plugin.mapi.ItemProperties;
import org.interchange.plugin.mapi.MapiBackendFactory;

/**
 * What the upload tests set up and do as the client: a {@link FaultServer} whose mailbox knows the names an upload
 * writes, a cache in real H2 files that knows the account, and a MAPI backend of the server's user (its own
 * session); syncs that must end well, uploads of single pending operations, and a restart as a killed client would
 * see it. Close it after the test.
 */
final class ClientSync implements AutoCloseable {
    private final Path profile;
    private final String account;
    private final FaultServer server;
    private H2CacheStore cache;
    private Backend backend;

    /** Starts the server in {@code dir}/server and the client of {@code account} in {@code dir}/profile. */
    ClientSync(Path dir, String account) {
        this.profile = dir.resolve("profile");
        this.account = account;
        server = new FaultServer(dir.resolve("server"));
        server.registerNamedProperties(ItemProperties.NAMED);
        cache = H2CacheStore.open(profile);
        cache.saveAccount(new AccountInfo(account, account, MapiBackendFactory.TYPE, server.emsmdbUri().toString(),
                FaultServer.USER));
        backend = newBackend();
    }

    FaultServer server() {
        return server;
    }

    /** The cache as the client has it open now (a restart opens another). */
    H2CacheStore cache() {
        return cache;
    }

    Backend backend() {
        return backend;
    }

    /** Runs one sync; a sync that ends with an error fails the test with it. */
    SyncResult sync() {
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

    /** The cached folder named {@code name}. */
    CachedFolder folder(String name) {
        return cache.folders(account).stream().filter(f -> f.displayName().equals(name)).findFirst().orElseThrow();
    }

    /** The pending operations, as listed (without their items). */
    List<PendingOperation> pending() {
        return cache.pendingOperations(account).pending();
    }

    /** The one pending operation, loaded with its item; fails when there is not exactly one. */
    PendingOperation onlyPending() {
        assertThat(pending()).hasSize(1);
        return loaded(pending()).getFirst();
    }

    /** {@code listed} loaded with their items, as the engine hands them to the backend. */
    List<PendingOperation> loaded(List<PendingOperation> listed) {
        return listed.stream().map(op -> cache.pendingOperations(account).load(op.id()).orElseThrow()).toList();
    }

    /** Uploads {@code op} with the backend directly; a backend failure fails the test. */
    UploadResult upload(PendingOperation op) {
        try {
            return backend.upload(op);
        } catch (BackendException e) {
            throw new AssertionError("upload of " + op.kind() + " failed", e);
        }
    }

    /** Drops the client's session and cache handle as a killed client would and opens them again. */
    void restartClient() {
        backend.close();
        cache.close();
        cache = H2CacheStore.open(profile);
        backend = newBackend();
    }

    private Backend newBackend() {
        return new MapiBackendFactory().create(new AccountSettings(account, server.emsmdbUri().toString(),
                FaultServer.USER, FaultServer.PASSWORD.toCharArray()));
    }

    @Override
    public void close() {
        backend.close();
        cache.close();
        server.close();
    }
}
