package org.opendetainers.domain.vocabulary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What was in force in a place on a date, as the map colours it. Constants are spelled as
 * published; {@link #precedence} says which one labels a place when several apply.
 */
@Schema(
        description =
                "What was in force in a place on the date asked: agreement_jail_enforcement, agreement_task_force, agreement_warrant_service_officer (a 287(g) agreement of that model in force); unknown_window (an agreement whose answer for the date is unknown: the date is inside its end window, or inside a signed month or year); local_policy (a county's or city's policy in force whose recorded provisions limit cooperation); state_law_limiting (a state law, directive or ruling in force whose recorded provisions limit cooperation); local_policy_other (a local policy in force whose recorded provisions do not say so); state_law_other (a state law in force whose recorded provisions do not say so); none_known (nothing of these is known in force). Limiting: requires_judicial_warrant true, limits_information_sharing true, allows_ice_office false, or a covered offense list or conviction look-back given.")
public enum PlaceLabel {
    agreement_jail_enforcement,
    agreement_task_force,
    agreement_warrant_service_officer,
    unknown_window,
    local_policy,
    state_law_limiting,
    local_policy_other,
    state_law_other,
    none_known;

    /**
     * The order that picks a place's one label among those that apply: what the data classifies
     * before what it does not (a policy whose recorded provisions say nothing), and among those the
     * place's own facts first. For a county or a city: its agreements (by model, in the order of
     * ICE's models), an agreement whose answer is unknown, a limiting local policy, a limiting
     * state law, then the other local policies and state laws (the order of the constants). For a
     * state: its limiting law first, then the agreements within it, an unknown one, a limiting
     * local policy within it, its other laws, other local policies.
     */
    public static List<PlaceLabel> precedence(PlaceKind kind) {
        return kind == PlaceKind.state
                ? List.of(
                        state_law_limiting,
                        agreement_jail_enforcement,
                        agreement_task_force,
                        agreement_warrant_service_officer,
                        unknown_window,
                        local_policy,
                        state_law_other,
                        local_policy_other,
                        none_known)
                : List.of(values());
    }

    /** The label of an agreement of {@code model} in force. */
    public static PlaceLabel of(AgreementModel model) {
        return switch (model) {
            case jail_enforcement -> agreement_jail_enforcement;
            case task_force -> agreement_task_force;
            case warrant_service_officer -> agreement_warrant_service_officer;
        };
    }
}
