package org.interchange.plugin.mapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Sessions to a server on this machine go without response compression. */
class MapiSessionSourceTest {
    @Test
    void loopbackServersAreRecognisedWithoutNameLookups() {
        assertThat(MapiSessionSource.isLoopback(URI.create("http://127.0.0.1:8080/mapi/emsmdb/"))).isTrue();
        assertThat(MapiSessionSource.isLoopback(URI.create("http://localhost/mapi/emsmdb/"))).isTrue();
        assertThat(MapiSessionSource.isLoopback(URI.create("http://[::1]:80/mapi/emsmdb/"))).isTrue();
        assertThat(MapiSessionSource.isLoopback(URI.create("https://mail.example.org/mapi/emsmdb/"))).isFalse();
        assertThat(MapiSessionSource.isLoopback(URI.create("https://192.0.2.10/mapi/emsmdb/"))).isFalse();
    }
}
