package org.interchange.app;

import java.util.List;
import java.util.ServiceLoader;
import org.interchange.cache.spi.BackendFactory;

/** Finds the account plugins on the class path with {@link ServiceLoader}, as Thunderbird and Evolution load theirs. */
public final class PluginHost {
    private final List<BackendFactory> factories;

    public PluginHost() {
        this(ServiceLoader.load(BackendFactory.class).stream().map(ServiceLoader.Provider::get).toList());
    }

    PluginHost(List<BackendFactory> factories) {
        this.factories = List.copyOf(factories);
    }

    public List<BackendFactory> factories() {
        return factories;
    }

    public BackendFactory factory(String type) {
        return factories.stream().filter(f -> f.type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no account plugin of type '" + type
                        + "' is installed (found: " + factories.stream().map(BackendFactory::type).toList() + ")"));
    }
}
