package org.opendetainers.domain.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Kinds of source document (synthetic: generated data standing in for real extracts, not a real
 * document). Constants are spelled as published.
 */
@Schema(
        description =
                "Kinds of source document (synthetic: generated data standing in for real extracts, not a real document).")
public enum SourceKind {
    law,
    executive_order,
    government_report,
    testimony,
    court_ruling,
    news,
    advocacy,
    research,
    synthetic;
}
