package org.opendetainers.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the method page ({@code /about}), and the Spanish glossary it shows.
 *
 * <p>In English: one method per text, its key the method's name, used in templates as {@code
 * {about:key}} (checked at build time). The Spanish texts are in {@code
 * src/main/resources/messages/about_es.properties}, one line per key ({@code PageMessagesTest}
 * fails when one is missing). A message is a Qute template: {@code {n}} is its parameter {@code n}.
 * Data values (names, titles, summaries, notes, sources) are not messages: they are shown as
 * published. See docs/pages.md, "Languages".
 */
@MessageBundle(value = "about", locale = "en")
public interface AboutMessages {

    @Message(
            "Every figure and every policy names its source: an official report, testimony, law or letter, or a news article quoting one. A number is published only when a source states it; what a source does not say is left blank or marked, never estimated. When two sources give different numbers for the same measure, agency and period, both are kept and shown side by side.")
    String sources_1();

    @Message(
            "The detainer statistics come from record-level extracts of the kind ICE releases under the Freedom of Information Act: one row per detainer.")
    String sources_2();

    @Message("Anonymization and suppression")
    String anonymization_title();

    @Message(
            "Record-level extracts contain personal data and are never published. The import drops identifiers, coarsens dates to months and birth years to age bands, and aggregates the records into a fixed set of published tables.")
    String anonymization_1();

    @Message(
            "A cell that counts 1 to {kMinus} detainers (fewer than k = {k}) is suppressed: published without its count and marked suppressed. Further cells are suppressed where needed (complementary suppression) so that a suppressed count cannot be derived by subtracting published counts from a total. A suppressed cell is never shown as zero, and a combination absent from a table had no detainers.")
    String anonymization_2(int kMinus, int k);

    @Message("Periods and fiscal years")
    String periods_title();

    @Message(
            "A period runs from its first to its last day, both included. Sources count by calendar year, by the federal fiscal year (October 1 to September 30, named after the year it ends: FY2018 is October 2017 to September 2018) or by New York City's fiscal year (July 1 to June 30); each figure says which. A date known only to the month or the year is shown that way.")
    String periods();

    @Message("\"Not reported\" is not zero")
    String not_reported_title();

    @Message(
            "A period for which an agency published no number is not reported; it is not a zero, and it is not drawn as one. A reported zero (for example, 0 detainers honored by the NYPD in 2017) is a number its source states.")
    String not_reported();

    @Message("Terms used on these pages")
    String glossary_title();

    @Message("detainer")
    String glossary_detainer_term();

    @Message(
            "ICE's request (form I-247) that a local jail or prison hold a person past their release or notify ICE before releasing them.")
    String glossary_detainer();

    @Message("honored")
    String glossary_honored_term();

    @Message("The agency did what the detainer asked.")
    String glossary_honored();

    @Message("declined")
    String glossary_declined_term();

    @Message("The receiving agency did not do what the detainer asked.")
    String glossary_declined();

    @Message("lifted")
    String glossary_lifted_term();

    @Message("ICE withdrew the detainer.")
    String glossary_lifted();

    @Message("data in English")
    String glossary_data_term();

    @Message(
            "Policy names, their summaries, measures, notes and source titles are shown as published, in English.")
    String glossary_data();

    @Message(
            "Each figure and policy page has a ready citation with a permanent address pinned to its release. To cite this whole release:")
    String cite();

    @Message("License")
    String license_title();

    @Message("The data are published under the")
    String license_before();

    @Message(". The sources keep their own terms.")
    String license_after();

    @Message("Reporting an error")
    String errors_title();

    @Message("If a number, a date or a source is wrong, write to {name} at")
    String errors_before(String name);

    @Message(
            "with the permanent address of the page (shown at the top of every page) and the source that says otherwise. Corrections are published in a new release; earlier releases stay readable as they were.")
    String errors_after();
}
