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
import org.opendetainers.domain.vocabulary.DatePrecision;
import org.opendetainers.domain.vocabulary.InForce;
import org.opendetainers.domain.vocabulary.PolicyKind;

/** A law, executive order or rule that says when local agencies may cooperate with ICE. */
@Entity
@Table(name = "policy")
@IdClass(ReleaseScopedId.class)
public class Policy extends ReleaseScoped {

    /**
     * The order of every list of policies (API, pages, download): the timeline (undated last), then
     * id.
     */
    public static final RowOrder ORDER = RowOrder.of(Policy.class, "inForceFrom", "id");

    public String title;

    @Enumerated(EnumType.STRING)
    public PolicyKind kind;

    public String jurisdiction;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] agencies;

    @Column(name = "adopted_on")
    public LocalDate adoptedOn;

    @Column(name = "adopted_on_precision")
    @Enumerated(EnumType.STRING)
    public DatePrecision adoptedOnPrecision;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Column(name = "effective_on_precision")
    @Enumerated(EnumType.STRING)
    public DatePrecision effectiveOnPrecision;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "ended_on_precision")
    @Enumerated(EnumType.STRING)
    public DatePrecision endedOnPrecision;

    @Column(name = "superseded_by")
    public String supersededBy;

    /** The source whose text says that {@link #supersededBy} replaced this policy. */
    @Column(name = "superseded_by_source_id")
    public String supersededBySourceId;

    @Column(name = "legal_citation")
    public String legalCitation;

    public String summary;

    /** JSON object of typed provisions, as written by the import. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String provisions;

    @Column(name = "source_ids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] sourceIds;

    public String note;

    @Column(name = "in_force_from")
    public LocalDate inForceFrom;

    /**
     * True when the policy names no agency: it applies to its jurisdiction's agencies generally.
     */
    @Column(name = "applies_to_all_agencies", insertable = false, updatable = false)
    public boolean appliesToAllAgencies;

    /**
     * In force on {@code d}, with the precision of its dates: from {@link #inForceFrom} (the
     * effective date, else the adoption date) until {@link #endedOn} (its first day without it). A
     * date known only to the month or year is any day of it: {@code d} inside that month or year is
     * unknown, never guessed. A policy with neither date is in force on no day.
     */
    public InForce inForceOn(LocalDate d) {
        if (inForceFrom == null || d.isBefore(inForceFrom)) {
            return InForce.no;
        }
        DatePrecision from = effectiveOn != null ? effectiveOnPrecision : adoptedOnPrecision;
        boolean unknown = d.isBefore(from.lastDay(inForceFrom));
        if (endedOn != null) {
            LocalDate lastPossibleEnd = endedOnPrecision.lastDay(endedOn);
            if (!d.isBefore(lastPossibleEnd)) {
                return InForce.no;
            }
            if (!d.isBefore(endedOn)) {
                unknown = true;
            }
        }
        return unknown ? InForce.unknown : InForce.yes;
    }
}
