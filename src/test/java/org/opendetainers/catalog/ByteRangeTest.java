package org.opendetainers.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ByteRangeTest {

    private static ByteRange.Request of(String header) {
        return ByteRange.of(header, 1000);
    }

    private static ByteRange.Request part(long first, long last) {
        return new ByteRange.Part(new ByteRange(first, last));
    }

    @Test
    void singleRanges() {
        assertEquals(part(0, 99), of("bytes=0-99"));
        assertEquals(part(500, 999), of("bytes=500-"));
        assertEquals(part(900, 999), of("bytes=-100"));
        assertEquals(part(0, 999), of("bytes=-5000"), "a suffix longer than the file is the file");
        assertEquals(part(990, 999), of("bytes=990-5000"), "the last byte is clamped to the file");
        assertEquals(part(7, 7), of("BYTES = 7-7".replace(" = ", "=")));
    }

    @Test
    void unsatisfiable() {
        assertEquals(new ByteRange.Unsatisfiable(), of("bytes=1000-"));
        assertEquals(new ByteRange.Unsatisfiable(), of("bytes=-0"));
        assertEquals(new ByteRange.Unsatisfiable(), ByteRange.of("bytes=0-", 0));
    }

    @Test
    void ignoredHeadersServeTheWholeFile() {
        for (String header :
                new String[] {
                    null,
                    "",
                    "bytes=",
                    "bytes=-",
                    "bytes=5-1",
                    "bytes=0-1,5-6",
                    "items=0-1",
                    "bytes=a-b",
                    "bytes=1-2-3",
                    "bytes=99999999999999999999-"
                }) {
            assertEquals(new ByteRange.Whole(), of(header), String.valueOf(header));
        }
    }

    @Test
    void length() {
        assertEquals(100, new ByteRange(0, 99).length());
    }
}
