package org.opendetainers.domain.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether ICE's latest list read still lists a 287(g) agreement. Constants are spelled as
 * published.
 */
@Schema(
        description =
                "active: listed in the latest ICE list read; ended: no longer listed (ICE drops an agreement from its list when it ends, without an end date).")
public enum AgreementStatus {
    active,
    ended;
}
