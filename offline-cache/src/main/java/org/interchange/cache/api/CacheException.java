package org.interchange.cache.api;

/** The cache could not be read or written (file locked, corrupt, or a failed migration). */
public class CacheException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CacheException(String message, Throwable cause) {
        super(message, cause);
    }

    public CacheException(String message) {
        super(message);
    }
}
