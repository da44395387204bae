/**
 * RFC 9457 problem details: the one shape of every error answer, and the mappers that produce it.
 *
 * <p>May import: nothing of this application (it sits at the bottom, under every web layer).
 */
package org.opendetainers.problem;
