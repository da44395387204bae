package org.opendetainers.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The COPY writer against PostgreSQL: every value comes back as written, whatever it holds (COPY's
 * CSV dialect: NULL unquoted and empty, the empty string quoted, delimiters, quotes, line breaks
 * and backslashes quoted), arrays as {@link CopyTable#array}, and a row the server refuses fails
 * the COPY when it ends. (The test profile's database; nothing is committed.)
 */
@QuarkusTest
class CopyTableTest {

    @Inject AgroalDataSource dataSource;

    @Test
    void everyValueComesBackAsWritten() throws SQLException {
        List<String> values =
                Arrays.asList(
                        null,
                        "",
                        "plain",
                        "a,b",
                        "say \"no\"",
                        "two\nlines",
                        "cr\rlf",
                        "back\\slash",
                        "\\N",
                        "NULL",
                        " leading and trailing ",
                        "Ñandú – ü ✓",
                        "\"");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(
                        "create temporary table copy_test (n int, v text, ids varchar[], day date) on commit drop");
            }
            long rows;
            try (CopyTable t = CopyTable.into(c, "copy_test", List.of("n", "v", "ids", "day"))) {
                for (int i = 0; i < values.size(); i++) {
                    t.row(
                            i,
                            values.get(i),
                            CopyTable.array(List.of("nypd", "doc-" + i)),
                            LocalDate.of(2017, 1, 1 + i));
                }
                rows = t.rows();
            }
            assertEquals(values.size(), rows);
            List<String> back = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs =
                            s.executeQuery("select n, v, ids, day from copy_test order by n")) {
                while (rs.next()) {
                    int n = rs.getInt(1);
                    back.add(rs.getString(2));
                    assertEquals(
                            List.of("nypd", "doc-" + n),
                            List.of((Object[]) rs.getArray(3).getArray()));
                    assertEquals(LocalDate.of(2017, 1, 1 + n), rs.getObject(4, LocalDate.class));
                }
            }
            assertEquals(values, back);
            c.rollback();
        }
    }

    @Test
    void aRowOfTheWrongWidthOrARefusedValueFails() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(
                        "create temporary table copy_test (n int not null, v text) on commit drop");
            }
            CopyTable t = CopyTable.into(c, "copy_test", List.of("n", "v"));
            assertThrows(IllegalArgumentException.class, () -> t.row(1));
            t.row("not a number", "x");
            SQLException refused = assertThrows(SQLException.class, t::close);
            assertEquals("22P02", refused.getSQLState(), refused.getMessage());
            c.rollback();
        }
    }
}
