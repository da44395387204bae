package org.opendetainers.domain.vocabulary;

/** Kinds of source document. Constants are spelled as published. */
public enum SourceKind {
    law,
    executive_order,
    government_report,
    testimony,
    court_ruling,
    news,
    advocacy,
    research;
}
