package org.interchange.mapi.server.config;

/** A configuration file that cannot be used; the message names the file, the line and the key. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
