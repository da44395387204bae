package org.opendetainers.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** X-Forwarded-For counts only from a trusted proxy, and only its right-most untrusted address. */
@Tag("unit")
class ClientAddressTest {

    private final ClientAddress behindIngress =
            new ClientAddress(List.of("10.0.0.0/8", "fd00::/8"));

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals(
                "203.0.113.7",
                new ClientAddress(List.of()).of("203.0.113.7", List.of("198.51.100.1")));
    }

    @Test
    void fromAnUntrustedPeerTheHeaderIsIgnored() {
        assertEquals("203.0.113.7", behindIngress.of("203.0.113.7", List.of("198.51.100.1")));
    }

    @Test
    void fromATrustedPeerTheRightMostUntrustedAddressIsTheClient() {
        assertEquals("198.51.100.1", behindIngress.of("10.2.3.4", List.of("198.51.100.1")));
        // what the client wrote itself (left) cannot choose its bucket
        assertEquals(
                "198.51.100.1",
                behindIngress.of("10.2.3.4", List.of("1.2.3.4, 5.6.7.8, 198.51.100.1")));
        // proxies in a chain are skipped; several header lines read as one list
        assertEquals(
                "198.51.100.1",
                behindIngress.of("10.2.3.4", List.of("1.2.3.4, 198.51.100.1", "10.9.9.9")));
        assertEquals("2001:db8::1", behindIngress.of("fd00::2", List.of("2001:db8::1")));
    }

    @Test
    void garbageOrOnlyProxiesStopAtTheLastAddressKnown() {
        assertEquals("10.9.9.9", behindIngress.of("10.2.3.4", List.of("example.org, 10.9.9.9")));
        assertEquals("10.2.3.4", behindIngress.of("10.2.3.4", List.of("unknown")));
        assertEquals("10.1.1.1", behindIngress.of("10.2.3.4", List.of("10.1.1.1, 10.9.9.9")));
    }

    @Test
    void blocksMatchByPrefixAndNamesAreRefused() {
        ClientAddress one = new ClientAddress(List.of("192.168.1.0/25"));
        assertEquals(true, one.isTrusted("192.168.1.127"));
        assertEquals(false, one.isTrusted("192.168.1.128"));
        assertEquals(false, one.isTrusted("::1"));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ClientAddress(List.of("ingress.example.org")));
        assertThrows(
                IllegalArgumentException.class, () -> new ClientAddress(List.of("10.0.0.0/33")));
    }
}
