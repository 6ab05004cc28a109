package no.helhet.transfer;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helhet.appointment.AppointmentView;
import no.helhet.decision.DecisionView;
import no.helhet.document.DocumentSummary;
import no.helhet.family.FamilyDetails;
import no.helhet.request.RequestSummary;
import no.helhet.shared.MunicipalityProperties;
import no.helhet.staff.StaffSummary;

/** What the export holds, read through the owning modules' APIs. */
record CaseContent(
        FamilyDetails family,
        List<RequestSummary> requests,
        List<DecisionView> decisions,
        List<AppointmentView> appointments,
        Map<UUID, StaffSummary> staff,
        List<DocumentSummary> documents,
        MunicipalityProperties municipality) {}
