package org.opendetainers.domain.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether an agreement was in force on a date: yes, no, or unknown (the date falls inside its end
 * window, or before a signed date known only to the month or year). Constants are spelled as
 * published.
 */
@Schema(
        description =
                "Whether it was in force on the date asked: yes, no, or unknown (the date falls inside the end window between the last list that shows it and the first that does not, or the signed date is not known to the day). Never guessed.")
public enum InForce {
    yes,
    no,
    unknown;
}
