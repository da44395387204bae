package org.opendetainers.anonymize;

import java.util.Map;

/**
 * A dimension that is a function of another one in the published data, e.g. facility → agency
 * (through the public facility mapping) or facility → state: the coarse cells are sums of fine
 * cells, so they form lines too, and suppression must cover them.
 *
 * @param fine the finer dimension (e.g. facility)
 * @param coarse the dimension it determines (e.g. agency)
 * @param mapping every fine value to its coarse value
 */
public record Hierarchy(String fine, String coarse, Map<String, String> mapping) {}
