package org.opendetainers.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts every page shares (header, navigation, release bar, footer, table headings, dates and
 * values), the page titles, and the texts of the figure, policy, facility and data pages.
 *
 * <p>In English: one method per text, its key the method's name, used in templates as {@code
 * {msg:key}} (checked at build time). The Spanish texts are in {@code
 * src/main/resources/messages/msg_es.properties}, one line per key ({@code PageMessagesTest} fails
 * when one is missing). A message is a Qute template: {@code {n}} is its parameter {@code n}. Data
 * values (names, titles, summaries, notes, sources) are not messages: they are shown as published.
 * See docs/pages.md, "Languages".
 */
@MessageBundle(value = "msg", locale = "en")
public interface PageMessages {

    @Message("Skip to main content")
    String skip_link();

    @Message("Main")
    String nav_label();

    @Message("Home")
    String nav_home();

    @Message("Figures")
    String nav_figures();

    @Message("Policies")
    String nav_policies();

    @Message("Statistics")
    String nav_stats();

    @Message("Agreements")
    String nav_agreements();

    @Message("Map")
    String nav_map();

    @Message("its place page: what was in force there, with its counts")
    String place_page_link();

    @Message("the county's place page: what was in force there")
    String facility_county_place_link();

    @Message("Data")
    String nav_data();

    @Message("About")
    String nav_about();

    @Message("Release")
    String release_label();

    @Message("Data of release")
    String release_data();

    @Message("published {when}")
    String release_published(String when);

    @Message("(pinned by the address)")
    String release_pinned();

    @Message("(the current release)")
    String release_current();

    @Message("Permalink to this page in this release:")
    String release_permalink();

    @Message(
            "OpenDetainers publishes anonymized, aggregated data and the figures of official and press sources, each with its source.")
    String footer_text();

    @Message("Method, license and corrections")
    String footer_about();

    @Message("API (OpenAPI)")
    String footer_api();

    @Message("Downloads")
    String footer_downloads();

    @Message("Any")
    String any();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("{n} years")
    String years(Integer n);

    @Message("{n} hours")
    String hours(Integer n);

    @Message("about {n}")
    String value_about(String n);

    @Message("at least {n}")
    String value_at_least(String n);

    @Message("not known")
    String date_not_known();

    @Message("{month} (month known, not the day)")
    String date_month_known(String month);

    @Message("{year} (year known, not the month)")
    String date_year_known(String year);

    @Message("{from} to {to}")
    String period(String from, String to);

    @Message("FY{year}")
    String fy(int year);

    @Message("in force from {date}")
    String in_force_from(String date);

    @Message("adopted {date}")
    String adopted_on(String date);

    @Message("The same, as JSON:")
    String same_as_json();

    @Message("As JSON:")
    String as_json();

    @Message("not published")
    String not_published();

    @Message("Read the source")
    String read_source();

    @Message("How to cite")
    String how_to_cite();

    @Message("Copy citation")
    String copy_citation();

    @Message("Copy")
    String copy();

    @Message("Copied.")
    String copied();

    @Message("Copy failed: select the text and copy it.")
    String copy_failed();

    @Message("Note")
    String note();

    @Message("Sources")
    String sources();

    @Message("Show")
    String show();

    @Message("Figures drawn on the chart")
    String chart_table();

    @Message("suppressed")
    String chart_suppressed();

    @Message("Suppressed (count withheld)")
    String chart_suppressed_series();

    @Message("Month")
    String col_month();

    @Message("Year")
    String col_year();

    @Message("Detainers")
    String col_detainers();

    @Message("Source")
    String col_source();

    @Message("Fiscal year")
    String col_fiscal_year();

    @Message("Period")
    String col_period();

    @Message("Detainers issued")
    String col_issued();

    @Message("Agency")
    String col_agency();

    @Message("Measure")
    String col_measure();

    @Message("Value")
    String col_value();

    @Message("Declined by the receiving agency")
    String col_declined();

    @Message("Lifted for another reason")
    String col_lifted_other();

    @Message("Note")
    String col_note();

    @Message("Immigration detainer data, with sources")
    String home_title();

    @Message("Figures")
    String figures_title();

    @Message("Figure {id}")
    String figure_title(String id);

    @Message("Policies")
    String policies_title();

    @Message("Policies in force on {date}")
    String policies_in_force_title(String date);

    @Message("Policy {id}")
    String policy_title(String id);

    @Message("Facility {id}")
    String facility_title(String id);

    @Message("Detainer statistics explorer")
    String stats_title();

    @Message("Open data: downloads and releases")
    String data_title();

    @Message("About the data and the method")
    String about_title();

    @Message("Requires a judicial warrant to honor a detainer")
    String provision_judicial_warrant();

    @Message("Conviction look-back period")
    String provision_lookback();

    @Message("Number of covered offenses")
    String provision_offense_count();

    @Message("List of covered offenses")
    String provision_offense_list();

    @Message("Exception for people on the terrorist watch list")
    String provision_watchlist();

    @Message("Allows ICE an office in local facilities")
    String provision_ice_office();

    @Message("Limits information sharing with ICE")
    String provision_information();

    @Message("Longest hold past release")
    String provision_max_hold();

    @Message("{year}-Q{q}")
    String quarter(int year, int q);

    @Message("Jurisdiction")
    String col_jurisdiction();

    @Message("Agency or jurisdiction")
    String col_agency_or_jurisdiction();

    @Message(
            "Numbers published by authorities or reported in the press, each for one period and with its source. Where sources disagree, each figure is kept, side by side.")
    String figures_intro();

    @Message("Filter figures")
    String figures_form();

    @Message("Period ends on or after")
    String figures_from();

    @Message("Period starts on or before")
    String figures_to();

    @Message("Show figures")
    String figures_submit();

    @Message("Clear")
    String figures_clear();

    @Message("{n} figures. The same list from the API:")
    String figures_count(int n);

    @Message("(add ")
    String figures_csv_before();

    @Message(" for CSV).")
    String figures_csv_after();

    @Message("Figures of release {release}")
    String figures_caption(String release);

    @Message("Qualifier")
    String figure_qualifier();

    @Message("(the source states this number)")
    String figure_exact();

    @Message("(the source gives it as approximate)")
    String figure_approximate();

    @Message("(the source gives it as a lower bound)")
    String figure_at_least();

    @Message("Verification")
    String figure_verification();

    @Message("not recorded in this release")
    String figure_not_recorded();

    @Message("{from} to {to} (both inclusive)")
    String figure_period(String from, String to);

    @Message("Basis of the period")
    String figure_basis();

    @Message("calendar dates")
    String figure_basis_calendar();

    @Message("federal fiscal year (October to September)")
    String figure_basis_federal();

    @Message("city fiscal year (July to June)")
    String figure_basis_city();

    @Message("not specified by the source")
    String figure_basis_unknown();

    @Message("several agencies together")
    String figure_several_agencies();

    @Message("(no web address recorded)")
    String figure_no_url();

    @Message("none")
    String figure_no_note();

    @Message("Figures from other sources for the same period")
    String figure_conflicts_title();

    @Message("No other source in this release gives this measure for this agency and period.")
    String figure_no_conflicts();

    @Message("Figures from other sources")
    String figure_conflicts_region();

    @Message("This figure and the figures of other sources, side by side")
    String figure_conflicts_caption();

    @Message("Figure")
    String figure_col_figure();

    @Message("This figure")
    String figure_this();

    @Message(
            "Laws, executive orders and rules that say when local agencies may honor immigration detainers or share information with ICE, in the order they took effect.")
    String policies_intro();

    @Message("Policies in force on a date")
    String policies_form();

    @Message("In force on")
    String policies_in_force_on();

    @Message("State")
    String policies_state();

    @Message("in {state}")
    String policies_count_in(String state);

    @Message("Policies in {state}")
    String policies_state_title(String state);

    @Message("The 287(g) agreements in {state}")
    String policy_agreements_link(String state);

    @Message("All policies")
    String policies_all();

    @Message("{n} {#if n == 1}policy{#else}policies{/if}")
    String policies_count(int n);

    @Message("in force on {date}")
    String policies_count_on(String date);

    @Message("From the API:")
    String policies_api();

    @Message("In force from {date}")
    String policies_when_effective(String date);

    @Message("Adopted {date} (effective date not known)")
    String policies_when_adopted(String date);

    @Message("Dates not known")
    String policies_when_unknown();

    @Message("; ended {date}")
    String policies_when_ended(String date);

    @Message("No policy was in force on {date} in this release.")
    String policies_none_on(String date);

    @Message("No policy in this release.")
    String policies_none();

    @Message("Kind")
    String policy_kind();

    @Message("executive order")
    String kind_executive_order();

    @Message("local law")
    String kind_local_law();

    @Message("ordinance")
    String kind_ordinance();

    @Message("statute")
    String kind_statute();

    @Message("administrative rule")
    String kind_administrative_rule();

    @Message("court ruling")
    String kind_court_ruling();

    @Message("Agencies")
    String policy_agencies();

    @Message("the jurisdiction's agencies generally")
    String policy_agencies_all();

    @Message("Adopted")
    String policy_adopted();

    @Message("In force from")
    String policy_effective();

    @Message("Ended")
    String policy_ended();

    @Message("not ended, or the end is not known")
    String policy_not_ended();

    @Message("Replaced by")
    String policy_replaced_by();

    @Message("Codified at")
    String policy_codified();

    @Message("Provisions")
    String policy_provisions();

    @Message("The release records no structured provision for this policy.")
    String policy_no_provisions();

    @Message("What the policy provides (points it does not address are not listed)")
    String policy_provisions_caption();

    @Message("Provision")
    String policy_provision();

    @Message("and")
    String and();

    @Message("unknown")
    String unknown();

    @Message(
            "An ICE facility: a place where ICE holds people or to which it sends detainers, known by its facility code.")
    String facility_intro();

    @Message("ICE facility code")
    String facility_code();

    @Message("Place")
    String facility_place();

    @Message("not given by the lists read")
    String facility_not_given_lists();

    @Message("Area of responsibility")
    String facility_aor();

    @Message("ICE's type")
    String facility_type();

    @Message("not given")
    String facility_not_given();

    @Message("Run by")
    String facility_run_by();

    @Message("not recorded")
    String facility_not_recorded();

    @Message("ICE's counts by year")
    String facility_counts_title();

    @Message(
            "No published count names this facility: ICE's counts of 2007 to 2015 are linked to a facility only where ICE's name of it there is this list's name, in the same state, as written or once abbreviations (CO., CTR, DET, …) are written out.")
    String facility_no_counts();

    @Message("County (FIPS code)")
    String facility_county();

    @Message("found because")
    String facility_county_method();

    @Message("not found: no method gave a county, or two gave different ones (see the note)")
    String facility_county_none();

    @Message("Sheriff's office of its county with a 287(g) agreement")
    String facility_sheriff();

    @Message(
            "linked by a rule: a county jail and the only sheriff's office of its county in ICE's 287(g) lists; it does not say who runs the facility")
    String facility_sheriff_rule();

    @Message(
            "Detainers whose receiving agency is this facility, by calendar year of the date ICE prepared them, in ICE's records of October 2007 to July 2015 as NPR counted them: those whose lift reason is \"Detainer Declined by LEA\", and those lifted for any other reason (NPR counted the latter by facility name alone). A year without a row is a year the source gives no count for. Each number opens its count, with its source and citation.")
    String facility_counts_text();

    @Message("Counts by year")
    String facility_counts_region();

    @Message("Detainers declined and otherwise lifted, by year")
    String facility_counts_caption();

    @Message("Counts' sources:")
    String facility_count_sources();

    @Message("Sources of the facility's place and type")
    String facility_sources_title();

    @Message("its counts:")
    String facility_its_counts();

    @Message(
            "Every data set of release {release} as CSV, JSON and gzipped CSV. The files were written when the release was published and never change; each has its size and SHA-256.")
    String data_intro(String release);

    @Message("License:")
    String data_license();

    @Message("Catalogs and the API")
    String data_catalogs();

    @Message("Frictionless Data Package with a Table Schema for each file")
    String data_datapackage();

    @Message("DCAT-US 1.1 catalog")
    String data_dcat();

    @Message("OpenAPI document")
    String data_openapi();

    @Message("the REST API")
    String data_rest();

    @Message("Data sets")
    String data_sets();

    @Message("{n} data sets of release {release}")
    String data_sets_caption(int n, String release);

    @Message("Data set")
    String data_col_set();

    @Message("Rows")
    String data_col_rows();

    @Message("Files (size, SHA-256)")
    String data_col_files();

    @Message("of {name}")
    String data_of(String name);

    @Message("Releases")
    String data_releases();

    @Message("Each release is an immutable state of the whole data set; add")
    String data_releases_before();

    @Message("to any page or API address to read one.")
    String data_releases_after();

    @Message("Release {id}")
    String data_release(String id);

    @Message("Published {when}.")
    String data_published(String when);

    @Message("Changes against {previous}:")
    String data_changes_against(String previous);

    @Message("The first release.")
    String data_first();

    @Message("{added} added, {removed} removed, {changed} changed")
    String data_counts(int added, int removed, int changed);

    @Message("{added} added, {removed} removed, {changed} changed")
    String data_counts_text(String added, String removed, String changed);

    @Message("Detainer statistics cells:")
    String data_stat_cells();

    @Message("Full change log (JSON)")
    String data_full_log();

    @Message("Synthetic data.")
    String data_synthetic_strong();

    @Message(
            "The {n} data sets of detainer statistics (detainer-stats-…) are computed from generated test records, not from an ICE release: they show how the service works, not what happened. Each is marked (synthetic) below, and each of their rows says so. The other data sets are real and sourced.")
    String data_synthetic_text(int n);

    @Message("(synthetic)")
    String data_synthetic_mark();
}
