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
import org.opendetainers.domain.vocabulary.AgreementModel;
import org.opendetainers.domain.vocabulary.AgreementStatus;
import org.opendetainers.domain.vocabulary.DatePrecision;
import org.opendetainers.domain.vocabulary.InForce;

/** A 287(g) agreement: one agency and one of ICE's models, as ICE's lists show it. */
@Entity
@Table(name = "agreement")
@IdClass(ReleaseScopedId.class)
public class Agreement extends ReleaseScoped {

    /** The order of every list of agreements (API, download): by id (state, agency, model). */
    public static final RowOrder ORDER = RowOrder.of(Agreement.class, "id");

    @Column(name = "agency_id")
    public String agencyId;

    public String agency;

    @Column(name = "agency_type")
    public String agencyType;

    public String state;

    public String county;

    @Enumerated(EnumType.STRING)
    public AgreementModel model;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "signed_on_precision")
    @Enumerated(EnumType.STRING)
    public DatePrecision signedOnPrecision;

    @Column(name = "first_listed_on")
    public LocalDate firstListedOn;

    @Column(name = "last_listed_on")
    public LocalDate lastListedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "ended_on_precision")
    @Enumerated(EnumType.STRING)
    public DatePrecision endedOnPrecision;

    @Column(name = "ended_after")
    public LocalDate endedAfter;

    @Column(name = "ended_before")
    public LocalDate endedBefore;

    @Enumerated(EnumType.STRING)
    public AgreementStatus status;

    @Column(name = "source_ids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] sourceIds;

    public String note;

    /**
     * The county of the Census boundaries that {@link #county} names (5-digit FIPS code), by the
     * rule of ingest.CountyNames; null where it names none or no county is given.
     */
    @Column(name = "county_fips")
    public String countyFips;

    /**
     * The rows that may be in force on {@code :inForceOn} (a JPQL condition): all but those
     * certainly not in force, whose answer {@link #inForceOn} gives as {@link InForce#no}.
     */
    public static final String MAY_BE_IN_FORCE_ON =
            "(signedOn is null or signedOn <= :inForceOn)"
                    + " and (endedOn is null or endedOn > :inForceOn)"
                    + " and (endedBefore is null or endedBefore > :inForceOn or endedAfter >= :inForceOn)";

    /**
     * In force on {@code d}: signed on or before {@code d} (an unknown signed date: listed by then)
     * and not ended before {@code d}. Inside the end window (after the last list that shows it,
     * before the first that does not), or within a signed month or year: unknown.
     */
    public InForce inForceOn(LocalDate d) {
        boolean unknown = false;
        if (signedOn != null) {
            if (signedOn.isAfter(d)) {
                return InForce.no;
            }
            if (d.isBefore(signedOnPrecision.lastDay(signedOn))) {
                unknown = true;
            }
        } else if (firstListedOn.isAfter(d)) {
            unknown = true;
        }
        if (endedOn != null) {
            if (!endedOn.isAfter(d)) {
                return InForce.no;
            }
        }
        if (endedBefore != null) {
            boolean listedThen = !d.isAfter(endedAfter) && d.isBefore(endedBefore);
            boolean goneThen = !d.isBefore(endedBefore) && d.isAfter(endedAfter);
            if (goneThen) {
                return InForce.no;
            }
            if (!listedThen) {
                unknown = true;
            }
        }
        return unknown ? InForce.unknown : InForce.yes;
    }
}
