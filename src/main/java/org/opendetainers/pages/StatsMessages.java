package org.opendetainers.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the statistics page ({@code /stats}): its explanations, the explorer's choices and
 * the dimensions' names.
 *
 * <p>In English: one method per text, its key the method's name, used in templates as {@code
 * {stats:key}} (checked at build time). The Spanish texts are in {@code
 * src/main/resources/messages/stats_es.properties}, one line per key ({@code PageMessagesTest}
 * fails when one is missing). A message is a Qute template: {@code {n}} is its parameter {@code n}.
 * Data values (names, titles, summaries, notes, sources) are not messages: they are shown as
 * published. See docs/pages.md, "Languages".
 */
@MessageBundle(value = "stats", locale = "en")
public interface StatsMessages {

    @Message("All detainers")
    String all_detainers();

    @Message("Unknown (facility not mapped)")
    String agency_unknown();

    @Message("Month")
    String granularity_month();

    @Message("Quarter")
    String granularity_quarter();

    @Message("Calendar year")
    String granularity_year();

    @Message("Federal fiscal year (October to September)")
    String granularity_fiscal_year();

    @Message("Nothing (totals)")
    String group_none();

    @Message("{a} and {b}")
    String pair(String a, String b);

    @Message("agency")
    String dim_agency();

    @Message("facility")
    String dim_facility();

    @Message("area of responsibility")
    String dim_aor();

    @Message("state")
    String dim_state();

    @Message("gender")
    String dim_gender();

    @Message("age band")
    String dim_age_band();

    @Message("country of citizenship")
    String dim_citizenship_country();

    @Message("detainer type")
    String dim_detainer_type();

    @Message("criminality")
    String dim_criminality();

    @Message("outcome")
    String dim_outcome();

    @Message("ICE's own counts, 2007 to 2015")
    String ice_title();

    @Message(
            "Detainers in ICE's records released under FOIA request 15-87693, by calendar year of the date ICE prepared them, as NPR counted them: all detainers, those with a lift reason, and those whose lift reason is \"Detainer Declined by LEA\". Copied as published; each number opens its count, with its source and citation.")
    String ice_text();

    @Message("The same by month is on the")
    String ice_home_before();

    @Message("home page")
    String ice_home_link();

    @Message("; by lift reason, type and facility at")
    String ice_api();

    @Message("ICE's own counts by year")
    String ice_region();

    @Message("ICE's detainer records by calendar year (published counts)")
    String ice_caption();

    @Message("With a lift reason")
    String col_lift_reason();

    @Message("Statistics from record-level extracts")
    String explorer_title();

    @Message("(synthetic)")
    String synthetic_mark();

    @Message(
            "Counts of detainers aggregated from record-level extracts and anonymized. Choose a period length, a grouping and filters; the table, the chart and this page's address follow the choice, so a view can be shared by its address.")
    String explorer_text();

    @Message("Synthetic data.")
    String synthetic_strong();

    @Message(
            "The counts below are computed from generated test records, not from an ICE release: they show how the service works, not what happened. ICE's own counts are above.")
    String synthetic_text();

    @Message("Choose the statistics")
    String form();

    @Message("(not published at this period length)")
    String not_published_here();

    @Message("Period length")
    String granularity();

    @Message("Group by")
    String group_by();

    @Message(
            "Only the published tables can be chosen: dimensions and pairs of dimensions are published by fiscal year; calendar years, quarters and months give the totals. With JavaScript, each choice updates the view at once.")
    String group_by_help();

    @Message("Outcome")
    String outcome();

    @Message("Periods ending on or after")
    String from();

    @Message("Periods starting on or before")
    String to();

    @Message("Reset")
    String reset();

    @Message("This combination is not published.")
    String error();

    @Message("This view in the API")
    String api_title();

    @Message("API address of this view")
    String api_url();

    @Message("Download this view as CSV")
    String csv();

    @Message("as JSON")
    String json();

    @Message("Detainers per period")
    String chart_caption();

    @Message(", by")
    String chart_by();

    @Message(
            "A suppressed cell is neither a point of its line nor a zero: it is a diamond of its line's colour in the strip marked \"suppressed\" under the axis.")
    String chart_suppressed();

    @Message(
            "(computed from synthetic records: they show how the service works, not what happened)")
    String chart_synthetic();

    @Message("synthetic data")
    String chart_synthetic_mark();

    @Message(
            "One panel per {dimension} ({n}), all on the same scale, one line per value of the other dimension.")
    String panels_all(String dimension, int n);

    @Message(
            "One panel per {dimension} for the {n} with the most detainers, all on the same scale; the other {rest} are in the table only:")
    String panels_top(String dimension, int n, int rest);

    @Message(
            "Lines for the {n} values with the most detainers; the other {rest} are in the table only:")
    String series_top(int n, int rest);

    @Message("Text alternative: the table below has the {n} cells drawn")
    String alt(int n);

    @Message(
            ", {n} of them suppressed (fewer than k = {k} detainers, or withheld so that such a count cannot be derived)")
    String alt_suppressed(long n, int k);

    @Message("Cells of the table")
    String cells_region();

    @Message("Detainers, {n} cells")
    String cells_caption(int n);

    @Message("(the first {n}; the CSV has them all)")
    String truncated(int n);

    @Message("suppressed (fewer than {k}, or protecting one that is)")
    String suppressed_cell(int k);
}
