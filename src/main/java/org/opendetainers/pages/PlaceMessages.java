package org.opendetainers.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the map ({@code /map}) and of the place pages ({@code /places/{id}}): their
 * explanations, tables and the labels of what was in force.
 *
 * <p>In English: one method per text, its key the method's name, used in templates as {@code
 * {places:key}} (checked at build time). The Spanish texts are in {@code
 * src/main/resources/messages/places_es.properties}, one line per key ({@code PageMessagesTest}
 * fails when one is missing). A message is a Qute template: {@code {n}} is its parameter {@code n}.
 * Data values (names of places and agencies, policy titles, sources) are not messages: they are
 * shown as published. See docs/pages.md, "Languages".
 */
@MessageBundle(value = "places", locale = "en")
public interface PlaceMessages {

    // the labels of what was in force (PlaceLabel)

    @Message("287(g) agreement: jail enforcement")
    String label_agreement_jail_enforcement();

    @Message("287(g) agreement: task force")
    String label_agreement_task_force();

    @Message("287(g) agreement: warrant service officer")
    String label_agreement_warrant_service_officer();

    @Message("jail enforcement")
    String model_jail_enforcement();

    @Message("task force")
    String model_task_force();

    @Message("warrant service officer")
    String model_warrant_service_officer();

    @Message("Unknown (an agreement between ICE's lists)")
    String label_unknown_window();

    @Message("Local policy limiting cooperation")
    String label_local_policy();

    @Message("Other local policy")
    String label_local_policy_other();

    @Message("State law limiting cooperation")
    String label_state_law_limiting();

    @Message("Other state law")
    String label_state_law_other();

    @Message("None known")
    String label_none_known();

    // the map

    @Message("Map of what was in force on {on}")
    String map_title(String on);

    @Message("What was in force, by place, on a date")
    String map_h1();

    @Message(
            "The {#if counties}counties{#else}states{/if} of the United States, each coloured by what was in force there on the chosen date: a state law limiting cooperation with ICE (it applies to every county of the state), a local policy, a 287(g) agreement of a local agency by its model, or none known. \"Unknown\" marks an agreement between the last of ICE's lists that shows it and the first that does not, when whether it was still in force is not known. Each area opens its place page; the table below the map holds the same, by state.")
    String map_intro(boolean counties);

    @Message("Choose the date and the areas")
    String map_form();

    @Message("In force on")
    String map_on();

    @Message("From {min} to {max}.")
    String map_on_help(String min, String max);

    @Message("Areas")
    String map_areas();

    @Message("Counties")
    String map_counties();

    @Message("States")
    String map_states();

    @Message("Show")
    String map_show();

    @Message("Loading…")
    String map_loading();

    @Message("Legend")
    String map_legend();

    @Message(
            "{#if counties}{#if n == 1}county{#else}counties{/if}{#else}{#if n == 1}state{#else}states{/if}{/if}")
    String map_area_count(boolean counties, long n);

    @Message(
            "{#if counties}Counties{#else}States{/if} by what was in force on {on}. The map is drawn from the table below, which is its text alternative.")
    String map_caption(boolean counties, String on);

    @Message("By state, on {on}")
    String by_state_title(String on);

    @Message(
            "For each state: its own label (a limiting state law first, then the agreements and policies within it, as the map colours states), then the number of its counties under each label (a county has one label: the first that applies, in the order of the legend). The map draws the 50 states, the District of Columbia and Puerto Rico; the other territories are in these tables only.")
    String by_state_text();

    @Message("By state")
    String by_state_region();

    @Message("States, and their counties by label, on {on}")
    String by_state_caption(String on);

    @Message("State")
    String col_state();

    @Message("The state's label")
    String col_state_label();

    @Message("(not on the map)")
    String not_on_map();

    @Message("Counties with an agreement, an unknown or a local policy, on {on}")
    String named_title(String on);

    @Message("{n} counties; every other county's label is its state's, above.")
    String named_count(String n);

    @Message("Counties with an agreement, an unknown or a local policy")
    String named_caption();

    @Message("County")
    String col_county();

    @Message("What was in force")
    String col_in_force();

    @Message("From the API:")
    String from_api();

    @Message(
            "Shapes: the Census Bureau's cartographic boundaries of 2017 (public domain), as npm's us-atlas 3.0.1 holds them.")
    String map_shapes();

    // a place

    @Message("Place {id}")
    String place_title(String id);

    @Message("State")
    String kind_state();

    @Message("County")
    String kind_county();

    @Message("City")
    String kind_city();

    @Message("state FIPS code")
    String id_state();

    @Message("county FIPS code")
    String id_county();

    @Message("id")
    String id_city();

    @Message("in")
    String in_parent();

    @Message(
            "What was in force here, from state laws to local policies and the 287(g) agreements of its agencies, with their dates, above the published counts of the same place, so that a change of policy and a change in the counts can be seen together. On the")
    String place_intro_before();

    @Message("map")
    String place_intro_link();

    @Message(", this place is coloured by what was in force on the chosen date.")
    String place_intro_after();

    @Message(
            "What was in force in {name}{#if counts}, and the counts of the same place by year{/if}")
    String chart_title(String name, boolean counts);

    @Message("In force")
    String chart_in_force();

    @Message("What was in force")
    String in_force_title();

    @Message("No state law, local policy or 287(g) agreement of this place is in this release.")
    String no_spans();

    @Message(
            "Each row is drawn as a bar from its start to its end. Where the data give no end, the bar runs to {until}, the last day the data cover. An agreement whose end is known only to lie between the last of ICE's lists that shows it and the first that does not has that window drawn as an outline, not as a day.")
    String spans_text(String until);

    @Message("Policies and agreements that applied to {name}")
    String spans_caption(String name);

    @Message("What")
    String col_what();

    @Message("Kind")
    String col_kind();

    @Message("From")
    String col_from();

    @Message("To")
    String col_to();

    @Message("Source")
    String col_source();

    @Message("adopted {date}")
    String adopted(String date);

    @Message("signed {date}")
    String signed(String date);

    @Message("first listed {date}")
    String first_listed(String date);

    @Message("no end known")
    String no_end();

    @Message("no end known (last listed {date})")
    String no_end_last_listed(String date);

    @Message("ended between {after} and {before} (last listed, then no longer listed)")
    String ended_between(String after, String before);

    @Message(
            "{#if n == 1}This place's 287(g) agreement{#else}The {n} 287(g) agreements of this place{/if} in the list of agreements, to filter by model or date")
    String agreements_list(int n);

    @Message("a date not known")
    String date_not_known();

    @Message("not recorded")
    String not_recorded();

    @Message("Counts of the same place")
    String counts_title();

    @Message("No published count of this release is about this place.")
    String no_counts();

    @Message(
            "ICE's published counts of the facilities in this state (ICE's records of October 2007 to July 2015 as NPR counted them), and the figures of its jurisdictions, by period.")
    String counts_note_state();

    @Message(
            "ICE's published counts of this place's facilities (ICE's records of October 2007 to July 2015 as NPR counted them), and the figures of its jurisdictions, by period.")
    String counts_note_place();

    @Message("Each number opens its count, with its source and citation.")
    String counts_open();

    @Message("Counts by year")
    String counts_caption();

    @Message("Year")
    String col_year();

    @Message("Count")
    String col_count();

    @Message("Declined by the receiving agency")
    String declined_by_agency();

    @Message("Lifted for another reason")
    String lifted_other();

    @Message("ICE facilities here")
    String facilities_title();

    @Message("Agencies")
    String agencies_title();

    @Message("Counties and cities")
    String children_state();

    @Message("Places within or spanning it")
    String children_other();

    @Message("As JSON:")
    String as_json();
}
