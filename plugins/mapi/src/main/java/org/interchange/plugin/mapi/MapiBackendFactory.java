package org.interchange.plugin.mapi;

import org.interchange.cache.spi.AccountSettings;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.BackendFactory;

/** The MAPI account plugin, found by the app with {@link java.util.ServiceLoader}. */
public final class MapiBackendFactory implements BackendFactory {
    public static final String TYPE = "mapi";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "Microsoft Exchange (MAPI over HTTP)";
    }

    @Override
    public Backend create(AccountSettings settings) {
        return new MapiBackend(settings, new MapiSessionSource(settings));
    }
}
