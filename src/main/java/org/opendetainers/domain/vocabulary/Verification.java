package org.opendetainers.domain.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How well a figure is sourced: primary (the number was read in the text of the source it cites,
 * and that source first published or stated it); secondary (the number was read only in a repost,
 * or the cited source reports a number first published elsewhere); unverified (the number was not
 * found in any text read). Constants are spelled as published.
 */
@Schema(
        description =
                "How well a figure is sourced: primary (read in the text of the source it cites, which first published or stated it); "
                        + "secondary (read only in a repost, or the cited source reports a number first published by another); "
                        + "unverified (the number was not found in any text read).")
public enum Verification {
    primary,
    secondary,
    unverified;
}
