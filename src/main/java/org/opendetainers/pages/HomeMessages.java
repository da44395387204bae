package org.opendetainers.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the home page ({@code /}).
 *
 * <p>In English: one method per text, its key the method's name, used in templates as {@code
 * {home:key}} (checked at build time). The Spanish texts are in {@code
 * src/main/resources/messages/home_es.properties}, one line per key ({@code PageMessagesTest} fails
 * when one is missing). A message is a Qute template: {@code {n}} is its parameter {@code n}. Data
 * values (names, titles, summaries, notes, sources) are not messages: they are shown as published.
 * See docs/pages.md, "Languages".
 */
@MessageBundle(value = "home", locale = "en")
public interface HomeMessages {

    @Message("Immigration detainers: figures, policies and statistics, with their sources")
    String h1();

    @Message("United States: detainers ICE prepared each month, October 2007 to July 2015")
    String monthly_title();

    @Message(
            "Every detainer in ICE's own records released under FOIA request 15-87693, by calendar month of the date ICE prepared it, as NPR counted them. July 2015 is the last month of the release; whether it is complete is not stated. Each bar opens its count, with its source and citation.")
    String monthly_caption();

    @Message(
            "Text alternative: the table below lists the {n} monthly counts drawn, with their sources.")
    String monthly_alt(int n);

    @Message("Monthly counts drawn on the chart")
    String monthly_region();

    @Message("Monthly counts drawn on the chart")
    String monthly_table();

    @Message("Detainers prepared (ICE records, counted by NPR)")
    String monthly_series();

    @Message("The detainer statistics are synthetic for now.")
    String synthetic_strong();

    @Message(
            "The record-level extract this release was computed from is generated test data, not an ICE release; every statistic from it is marked synthetic. The figures, counts and policies are real and sourced.")
    String synthetic_text();

    @Message("What this service publishes, and what it does not")
    String what_title();

    @Message(
            "It publishes {n} figures on immigration detainers (ICE form I-247) from official and press sources, each with its source and period; the cooperation policies of local governments with their dates and provisions; and anonymized counts of detainers aggregated from record-level extracts. It does not publish any record about a person, and it does not estimate a number that no source states.")
    String what_text(String n);

    @Message("Coverage: figures for")
    String coverage();

    @Message(", with periods from {from} to {to}")
    String coverage_periods(String from, String to);

    @Message("; detainer statistics from {from} to {to}")
    String coverage_stats(String from, String to);

    @Message("A period an agency did not report is shown as not reported, which is not a zero.")
    String not_reported();

    @Message(
            "Suppression: a count of detainers from 1 to {kMinus} (fewer than k = {k}) is withheld and shown as suppressed, never as zero. Other cells are withheld as well when a suppressed count could otherwise be derived by subtraction from totals.")
    String suppression(int kMinus, int k);

    @Message("The method is described on the")
    String method_before();

    @Message("about page")
    String method_link();

    @Message(".")
    String method_after();

    @Message("United States: detainers issued by ICE, by federal fiscal year")
    String national_title();

    @Message(
            "Detainers issued nationwide by ICE per federal fiscal year (October to September), one bar per source: the sums of ICE's monthly counts above, and TRAC's counts of the same and later years. The sources differ for the same year; each is shown.")
    String national_caption();

    @Message(
            "Text alternative: the table below lists the {n} yearly figures drawn, with their sources.")
    String national_alt(int n);

    @Message("Figures drawn on the national chart")
    String national_region();

    @Message("New York City: detainers received and honored, by agency")
    String city_title();

    @Message(
            "Detainers received and honored by New York City agencies, one point per published figure, at the middle of its period. Vertical lines mark the policies that took effect within the span of the figures; the list under the table names them and the others. Points of the same value and period from two sources overlap (the table lists each). Each point opens its figure.")
    String city_caption();

    @Message(
            "Text alternative: the table below lists the {n} figures drawn, by agency, measure and period, with their sources.")
    String city_alt(int n);

    @Message("Figures drawn on the New York City chart")
    String city_region();

    @Message(
            "{#if n == 1}One policy change marked{#else}{n} policy changes marked{/if} on the time axis")
    String markers_title(int n);

    @Message(
            "The time axis spans the figures' periods, {from} to {to}: each policy of the city that took effect (or, with no date of effect published, was adopted) in that span is a vertical line, labelled with its short name.")
    String markers_text(String from, String to);

    @Message("{#if n == 1}One policy not marked{#else}{n} policies not marked{/if}, and why")
    String unmarked_title(int n);

    @Message("ended {date}")
    String ended_on(String date);

    @Message("before the first figure's period")
    String unmarked_before();

    @Message("after the last figure's period")
    String unmarked_after();

    @Message(
            "no date of adoption or of effect is published (a proposal is not an adoption), so it is in force on no date here")
    String unmarked_undated();

    @Message("Freshness")
    String freshness();

    @Message("Latest release")
    String latest_release();

    @Message("none yet")
    String none_yet();

    @Message("Last import")
    String last_import();

    @Message("(published a new release)")
    String import_published();

    @Message("started by")
    String import_trigger();

    @Message("none has run")
    String none_run();

    @Message("Next import due")
    String next_import();

    @Message("not scheduled in this instance")
    String not_scheduled();
}
