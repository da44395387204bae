package org.opendetainers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** One order per list, read as properties by the API's queries and as columns by the downloads. */
@Tag("unit")
class RowOrderTest {

    @Test
    void propertiesAndColumns() {
        assertEquals("periodStart, id", Figure.ORDER.jpql());
        assertEquals("period_start, id", Figure.ORDER.sql());
        assertEquals("in_force_from, id", Policy.ORDER.sql());
        assertEquals("id", ReleaseScoped.BY_ID.sql());
        assertThrows(
                IllegalArgumentException.class, () -> RowOrder.of(Figure.class, "periodBegin"));
    }
}
