package org.opendetainers.domain.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How exact a figure's value is, as its source states it: exact; approximate (the source says
 * about, nearly, some); at_least (a lower bound). Constants are spelled as published.
 */
@Schema(
        description =
                "How exact a figure's value is, as its source states it: exact; approximate (the source says about, nearly, some); at_least (a lower bound).")
public enum Qualifier {
    exact,
    approximate,
    at_least;
}
