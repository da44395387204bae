package org.opendetainers.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import org.opendetainers.config.CatalogConfig;

/**
 * Bounds the downloads one instance streams at once ({@code
 * opendetainers.catalog.max-concurrent-downloads}), so that many slow clients cannot take the heap:
 * each running download holds about two chunks.
 */
@ApplicationScoped
public class DownloadSlots {

    private final Semaphore slots;

    public DownloadSlots(CatalogConfig config) {
        this.slots = new Semaphore(config.maxConcurrentDownloads());
    }

    /** Takes a slot if one is free. */
    public boolean tryAcquire() {
        return slots.tryAcquire();
    }

    public void release() {
        slots.release();
    }
}
