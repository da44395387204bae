package org.opendetainers.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the 287(g) agreement pages ({@code /agreements} and {@code /agreements/{id}}).
 *
 * <p>In English: one method per text, its key the method's name, used in templates as {@code
 * {agreements:key}} (checked at build time). The Spanish texts are in {@code
 * src/main/resources/messages/agreements_es.properties}, one line per key ({@code PageMessagesTest}
 * fails when one is missing). The models' names are {@link PlaceMessages}' (one word for one thing
 * on every page). Data values (agencies, counties, notes, sources) are shown as published. See
 * docs/pages.md, "Languages".
 */
@MessageBundle(value = "agreements", locale = "en")
public interface AgreementMessages {

    // the list

    @Message("287(g) agreements")
    String list_title();

    @Message("287(g) agreements in force on {date}")
    String list_title_on(String date);

    @Message(
            "Agreements by which a sheriff's office, a police department or a state agency acts for ICE under section 287(g) of the Immigration and Nationality Act: one row per agency and model, as ICE's lists of participating agencies show them. ICE publishes no end date: an agreement that a list no longer shows ended between the last list that shows it and the first that does not.")
    String list_intro();

    @Message("Filter the agreements")
    String form();

    @Message("State")
    String state();

    @Message("County")
    String county();

    @Message("As ICE names it, for example Harris County")
    String county_help();

    @Message("Model")
    String model();

    @Message("In force on")
    String in_force_on();

    @Message("A date: the agreements in force that day, and those whose answer is unknown")
    String in_force_on_help();

    @Message("All agreements")
    String all();

    @Message("{n} {#if n == 1}agreement matches{#else}agreements match{/if}")
    String count(int n);

    @Message(
            "{yes} in force on {date}, {unknown} unknown (the date falls between the last of ICE's lists that shows the agreement and the first that does not)")
    String count_on(int yes, int unknown, String date);

    @Message("Shown: {first} to {last}, sorted by id as the API sorts them.")
    String shown(int first, int last);

    @Message("Next {n}")
    String next(int n);

    @Message("First page")
    String first_page();

    @Message("From the API:")
    String api();

    @Message("287(g) agreements, release {release}")
    String caption(String release);

    @Message("No agreement matches in this release.")
    String none();

    @Message("Agency")
    String col_agency();

    @Message("Signed")
    String col_signed();

    @Message("On ICE's lists")
    String col_listed();

    @Message("End")
    String col_end();

    @Message("In force on {date}")
    String col_in_force(String date);

    @Message("yes")
    String in_force_yes();

    @Message("unknown (between ICE's lists)")
    String in_force_unknown();

    @Message("{first} to {last}")
    String listed(String first, String last);

    // the end of an agreement

    @Message("between {after} and {before}")
    String window(String after, String before);

    @Message(
            "ended after {after} (the last of ICE's lists that shows it) and on or before {before} (the first that does not)")
    String window_long(String after, String before);

    @Message("none known")
    String no_end();

    @Message("none known: listed on ICE's latest list read ({date})")
    String no_end_long(String date);

    @Message("listed on ICE's latest list read")
    String status_active();

    @Message("no longer listed")
    String status_ended();

    // one agreement

    @Message("287(g) agreement {id}")
    String one_title(String id);

    @Message("287(g) agreement, {model}")
    String one_subtitle(String model);

    @Message("ICE's type of agency")
    String agency_type();

    @Message("Status")
    String status();

    @Message("First listed")
    String first_listed();

    @Message("Last listed")
    String last_listed();

    @Message("not given by ICE")
    String county_none();

    @Message("its place page")
    String county_place();

    @Message("all agreements in {state}")
    String in_state(String state);

    @Message("in {state}")
    String in_state_short(String state);
}
