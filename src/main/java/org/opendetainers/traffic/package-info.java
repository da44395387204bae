/**
 * Traffic control of one instance, in front of the read path: how many reads may query the database
 * at once ({@link org.opendetainers.traffic.ReadPermits}, load shedding with 503) and how fast each
 * client may call ({@link org.opendetainers.traffic.RateLimiter}, a token bucket per client with
 * the IETF RateLimit headers and 429).
 *
 * <p>It knows nothing of releases, tables or resources: it may import, of this project, only {@code
 * config} (its settings) and {@code problem} (the RFC 9457 answers it sends). The read path calls
 * it; it never calls the read path ({@code TrafficPackageRuleTest} checks this).
 */
package org.opendetainers.traffic;
