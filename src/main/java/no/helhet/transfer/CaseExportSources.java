package no.helhet.transfer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.helhet.appointment.AppointmentService;
import no.helhet.appointment.AppointmentView;
import no.helhet.decision.DecisionService;
import no.helhet.decision.DecisionView;
import no.helhet.document.DocumentService;
import no.helhet.family.FamilyService;
import no.helhet.request.RequestService;
import no.helhet.request.RequestSummary;
import no.helhet.shared.MunicipalityProperties;
import no.helhet.staff.StaffDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the case from the modules that own it. */
@Service
class CaseExportSources {

    private final FamilyService families;
    private final RequestService requests;
    private final DecisionService decisions;
    private final AppointmentService appointments;
    private final StaffDirectory staff;
    private final DocumentService documents;
    private final MunicipalityProperties municipality;

    CaseExportSources(
            FamilyService families,
            RequestService requests,
            DecisionService decisions,
            AppointmentService appointments,
            StaffDirectory staff,
            DocumentService documents,
            MunicipalityProperties municipality) {
        this.families = families;
        this.requests = requests;
        this.decisions = decisions;
        this.appointments = appointments;
        this.staff = staff;
        this.documents = documents;
        this.municipality = municipality;
    }

    @Transactional(readOnly = true)
    CaseContent gather(UUID familyId) {
        List<RequestSummary> requestList = requests.forFamily(familyId);
        List<DecisionView> decisionList = new ArrayList<>();
        requestList.forEach(r -> decisionList.addAll(decisions.forRequest(r.id())));
        List<AppointmentView> appointmentList = appointments.forFamily(familyId);
        Set<UUID> people = new HashSet<>();
        appointmentList.forEach(a -> people.add(a.coordinatorId()));
        return new CaseContent(
                families.getFamily(familyId),
                requestList,
                decisionList,
                appointmentList,
                staff.staffByIds(people),
                documents.forFamily(familyId),
                municipality);
    }
}
