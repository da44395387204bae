package org.opendetainers.domain.vocabulary;

/** How exact a figure's value is, as its source states it: exact; approximate (the source says about, nearly, some); at_least (a lower bound). Constants are spelled as published. */
public enum Qualifier {
    exact,
    approximate,
    at_least;
}
