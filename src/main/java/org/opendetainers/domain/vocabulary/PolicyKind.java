package org.opendetainers.domain.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kinds of cooperation policy. Constants are spelled as published. */
@Schema(description = "Kinds of cooperation policy.")
public enum PolicyKind {
    executive_order,
    local_law,
    ordinance,
    statute,
    administrative_rule;
}
