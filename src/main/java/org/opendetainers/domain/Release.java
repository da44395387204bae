package org.opendetainers.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One published, immutable state of the whole data set. */
@Entity
@Table(name = "release")
public class Release extends PanacheEntityBase {

    @Id public String id;

    public long seq;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "input_checksum")
    public String inputChecksum;

    /** JSON object: input file name → SHA-256. */
    @Column(name = "source_checksums")
    @JdbcTypeCode(SqlTypes.JSON)
    public String sourceChecksums;

    /** JSON object: table → number of rows in this release. */
    @Column(name = "row_counts")
    @JdbcTypeCode(SqlTypes.JSON)
    public String rowCounts;

    /** JSON object: the change log against the previous release. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String changes;

    /** JSON object: the disclosure report of the detainer statistics. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String disclosure;
}
