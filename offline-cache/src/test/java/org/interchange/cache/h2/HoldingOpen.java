package org.interchange.cache.h2;

import java.io.IOException;
import java.nio.file.Path;

/** Run in a child JVM: keeps the cache open until its standard input closes. */
public final class HoldingOpen {

    private HoldingOpen() {
    }

    public static void main(String[] args) throws IOException {
        try (H2CacheStore store = H2CacheStore.open(Path.of(args[0]))) {
            System.out.println("ready " + store.accounts().size());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
