package org.opendetainers.domain.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Kinds of cooperation policy. Constants are spelled as published. {@code court_ruling} is a
 * court's decision that binds the jurisdiction's agencies (e.g. Lunn v. Commonwealth, 2017).
 */
@Schema(
        description =
                "Kinds of cooperation policy. court_ruling: a court's decision that states what the"
                        + " jurisdiction's agencies may or may not do, dated by its decision date.")
public enum PolicyKind {
    executive_order,
    local_law,
    ordinance,
    statute,
    administrative_rule,
    court_ruling;
}
