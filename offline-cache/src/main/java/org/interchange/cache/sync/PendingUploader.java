package org.interchange.cache.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.PendingOperationLog;
import org.interchange.cache.spi.UploadConflictException;
import org.interchange.cache.spi.UploadResult;

/**
 * Uploads an account's pending operations in order ([MS-OXCFXICS] 3.3.4.3): done ones are forgotten, refused
 * ones kept as conflict copies, failed ones kept for the next run. Deletions and read states of one folder go
 * together ({@link Backend#uploadTogether}) when no other operation on one of their items comes between. After an
 * operation failed, the later ones on the same item wait for the next run, so none overtakes it.
 */
final class PendingUploader {

    /** What an upload pass did; {@code firstError} is null when nothing failed. */
    record Uploads(int uploaded, int failed, int conflicts, Exception firstError) {
        static final Uploads NONE = new Uploads(0, 0, 0, null);
    }

    private final PendingOperationLog log;
    private final Backend backend;

    PendingUploader(PendingOperationLog log, Backend backend) {
        this.log = log;
        this.backend = backend;
    }

    /**
     * @throws BackendException when the server cannot be reached (the operation stays pending)
     */
    Uploads upload(CancellationToken cancel) throws BackendException {
        return new Pass().run(cancel);
    }

    /** One pass over the log, counting outcomes. */
    private final class Pass {
        private int uploaded;
        private int failed;
        private int conflicts;
        private Exception firstError;
        /** The server could not be reached: the pass stops and throws this. */
        private BackendException offline;
        /** Items (as listed) whose operation failed: their later operations wait for the next pass. */
        private final Set<String> stuck = new HashSet<>();
        private final Map<Long, String> listedItems = new HashMap<>();

        Uploads run(CancellationToken cancel) throws BackendException {
            List<PendingOperation> listed = log.pending();
            listed.forEach(op -> listedItems.put(op.id(), op.itemServerId()));
            Set<Long> handled = new HashSet<>();
            for (int i = 0; i < listed.size(); i++) {
                cancel.throwIfCancelled();
                PendingOperation next = listed.get(i);
                if (!handled.add(next.id()) || stuck.contains(next.itemServerId())) {
                    continue;
                }
                if (next.kind().travelsTogether()) {
                    List<PendingOperation> group = travellers(listed, i, handled);
                    for (List<PendingOperation> sameFolder : byFolder(group)) {
                        uploadTogether(sameFolder);
                    }
                } else {
                    load(next.id()).ifPresent(this::uploadOrFail);
                }
                if (offline != null) {
                    throw offline;
                }
            }
            return new Uploads(uploaded, failed, conflicts, firstError);
        }

        /**
         * The operations after {@code first} of its kind and folder that may go with it: those no other waiting
         * operation on the same item precedes. They are marked handled.
         */
        private List<PendingOperation> travellers(List<PendingOperation> listed, int first, Set<Long> handled) {
            PendingOperation lead = listed.get(first);
            List<PendingOperation> group = new ArrayList<>(List.of(lead));
            Set<String> blocked = new HashSet<>();
            for (int j = first + 1; j < listed.size(); j++) {
                PendingOperation op = listed.get(j);
                if (handled.contains(op.id())) {
                    continue;
                }
                if (op.kind() == lead.kind() && op.folderServerId().equals(lead.folderServerId())
                        && !blocked.contains(op.itemServerId()) && !stuck.contains(op.itemServerId())) {
                    group.add(op);
                    handled.add(op.id());
                } else {
                    blocked.add(op.itemServerId());
                }
            }
            return group;
        }

        /** The group's operations as they stand now, by their current folder (an earlier upload may have changed it). */
        private List<List<PendingOperation>> byFolder(List<PendingOperation> group) {
            Map<String, List<PendingOperation>> folders = new LinkedHashMap<>();
            for (PendingOperation listed : group) {
                load(listed.id()).ifPresent(op -> folders.computeIfAbsent(op.folderServerId(), f -> new ArrayList<>())
                        .add(op));
            }
            return List.copyOf(folders.values());
        }

        private Optional<PendingOperation> load(long operationId) {
            return log.load(operationId);
        }

        private void uploadTogether(List<PendingOperation> operations) {
            if (offline != null) {
                return;
            }
            if (operations.size() == 1) {
                uploadOrFail(operations.getFirst());
                return;
            }
            try {
                backend.uploadTogether(operations);
            } catch (BackendException e) {
                if (e.offline()) {
                    offline = e;
                    return;
                }
                operations.forEach(this::uploadOrFail);
                return;
            } catch (RuntimeException e) {
                operations.forEach(this::uploadOrFail);
                return;
            }
            for (PendingOperation op : operations) {
                log.markDone(op.id(), UploadResult.DONE);
                uploaded++;
            }
        }

        /** Uploads one operation and records its outcome; an offline failure is kept to be thrown by the pass. */
        private void uploadOrFail(PendingOperation operation) {
            if (offline != null) {
                return;
            }
            if (operation.kind().carriesItem() && operation.item() == null) {
                log.markDone(operation.id(), UploadResult.DONE);
                return;
            }
            UploadResult result;
            try {
                result = backend.upload(operation);
            } catch (UploadConflictException e) {
                log.markConflict(operation.id(), e.gone());
                conflicts++;
                return;
            } catch (BackendException e) {
                if (e.offline()) {
                    offline = e;
                    return;
                }
                fail(operation, e.getMessage(), e);
                return;
            } catch (RuntimeException e) {
                fail(operation, String.valueOf(e), e);
                return;
            }
            log.markDone(operation.id(), result);
            uploaded++;
        }

        private void fail(PendingOperation operation, String reason, Exception e) {
            log.markFailed(operation.id(), reason);
            stuck.add(listedItems.get(operation.id()));
            failed++;
            firstError = firstError == null ? e : firstError;
        }
    }
}
