package org.opendetainers.domain.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ICE's 287(g) models (the SUPPORT TYPE of ICE's list). Constants are spelled as published. */
@Schema(
        description =
                "ICE's 287(g) models: jail_enforcement (Jail Enforcement Model), task_force (Task Force Model), warrant_service_officer (Warrant Service Officer).")
public enum AgreementModel {
    jail_enforcement,
    task_force,
    warrant_service_officer;
}
