package org.opendetainers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.opendetainers.domain.vocabulary.FiscalYearBasis;
import org.opendetainers.domain.vocabulary.Qualifier;
import org.opendetainers.domain.vocabulary.Verification;

/** A number published by an authority or reported in the press, with its period and source. */
@Entity
@Table(name = "figure")
@IdClass(ReleaseScopedId.class)
public class Figure extends ReleaseScoped {

    /** The order of every list of figures (API, pages, download): by period start, then id. */
    public static final RowOrder ORDER = RowOrder.of(Figure.class, "periodStart", "id");

    public String measure;
    public String jurisdiction;
    public String agency;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "fiscal_year_basis")
    @Enumerated(EnumType.STRING)
    public FiscalYearBasis fiscalYearBasis;

    public long value;

    @Enumerated(EnumType.STRING)
    public Qualifier qualifier;

    /** primary, secondary or unverified; null in releases published before the field existed. */
    @Enumerated(EnumType.STRING)
    public Verification verification;

    @Column(name = "source_id")
    public String sourceId;

    /** Figures of the same measure, jurisdiction, agency and period from other sources. */
    @Column(name = "other_source_figure_ids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] otherSourceFigureIds;

    public String note;
}
