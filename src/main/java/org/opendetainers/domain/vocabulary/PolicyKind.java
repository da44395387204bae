package org.opendetainers.domain.vocabulary;

/** Kinds of cooperation policy. Constants are spelled as published. */
public enum PolicyKind {
    executive_order,
    local_law,
    ordinance,
    statute,
    administrative_rule;
}
