package org.interchange.cache.api;

/** Whether a cached item matches the server or carries a local change not yet uploaded (as ECache's offline state). */
public enum OfflineState { SYNCED, LOCALLY_CREATED, LOCALLY_MODIFIED, LOCALLY_DELETED }
