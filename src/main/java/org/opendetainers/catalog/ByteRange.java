package org.opendetainers.catalog;

import java.util.Optional;

/**
 * One byte range of an HTTP {@code Range: bytes=...} header (RFC 9110 §14), resolved against a
 * file's size. Only single ranges are served; a header with several ranges, or one that is not a
 * byte range, is ignored (the whole file is sent, as the RFC allows).
 */
public record ByteRange(long first, long last) {

    public long length() {
        return last - first + 1;
    }

    /** What a Range header asks of a file of {@code size} bytes. */
    public sealed interface Request permits Whole, Part, Unsatisfiable {}

    /** No range, or one that is ignored: send the whole file (200). */
    public record Whole() implements Request {}

    /** Send this part (206). */
    public record Part(ByteRange range) implements Request {}

    /** No byte of the range exists (416). */
    public record Unsatisfiable() implements Request {}

    public static Request of(String header, long size) {
        if (header == null) {
            return new Whole();
        }
        String h = header.strip();
        if (!h.regionMatches(true, 0, "bytes=", 0, 6)) {
            return new Whole();
        }
        String spec = h.substring(6).strip();
        if (spec.contains(",")) {
            return new Whole();
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        Optional<Long> a = number(spec.substring(0, dash).strip());
        Optional<Long> b = number(spec.substring(dash + 1).strip());
        boolean hasA = !spec.substring(0, dash).isBlank();
        boolean hasB = !spec.substring(dash + 1).isBlank();
        if ((hasA && a.isEmpty()) || (hasB && b.isEmpty()) || (!hasA && !hasB)) {
            return new Whole();
        }
        if (!hasA) {
            // suffix: the last N bytes
            long n = b.get();
            if (n == 0 || size == 0) {
                return new Unsatisfiable();
            }
            return new Part(new ByteRange(Math.max(0, size - n), size - 1));
        }
        long first = a.get();
        if (hasB && b.get() < first) {
            return new Whole();
        }
        if (first >= size) {
            return new Unsatisfiable();
        }
        long last = hasB ? Math.min(b.get(), size - 1) : size - 1;
        return new Part(new ByteRange(first, last));
    }

    private static Optional<Long> number(String s) {
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(s));
    }
}
