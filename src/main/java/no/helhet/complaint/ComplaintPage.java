package no.helhet.complaint;

import java.util.Set;
import no.helhet.appointment.AppointmentChangeService;
import no.helhet.audit.AccessPolicy;
import no.helhet.decision.DecisionService;
import no.helhet.family.FamilyService;
import no.helhet.note.CaseNotes;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The complaint's page: what was registered, the deadline, and the next step's form for the coordinating unit. */
@Component
class ComplaintPage {

    private final ComplaintService complaints;
    private final FamilyService families;
    private final DecisionService decisions;
    private final CaseNotes notes;
    private final AccessPolicy policy;
    private final AppointmentChangeService appointments;

    ComplaintPage(
            ComplaintService complaints,
            FamilyService families,
            DecisionService decisions,
            CaseNotes notes,
            AccessPolicy policy,
            AppointmentChangeService appointments) {
        this.complaints = complaints;
        this.families = families;
        this.decisions = decisions;
        this.notes = notes;
        this.policy = policy;
        this.appointments = appointments;
    }

    String show(Complaint complaint, Model model) {
        var family = families.getFamily(complaint.familyId());
        model.addAttribute("complaint", complaint);
        model.addAttribute("family", family);
        model.addAttribute(
                "familyName", families.displayNames(Set.of(family.id())).get(family.id()));
        model.addAttribute(
                "guardian",
                family.guardians().stream()
                        .filter(g -> g.id().equals(complaint.guardianId()))
                        .findFirst()
                        .orElse(null));
        model.addAttribute(
                "decision", complaint.decisionId() == null ? null : decisions.getDecision(complaint.decisionId()));
        model.addAttribute(
                "newDecision",
                complaint.newDecisionId() == null ? null : decisions.getDecision(complaint.newDecisionId()));
        model.addAttribute(
                "endedAppointment",
                complaint.subject() == ComplaintSubject.END && complaint.appointmentId() != null
                        ? appointments.getAppointment(complaint.appointmentId())
                        : null);
        model.addAttribute("hasScan", complaints.hasScan(complaint.id()));
        model.addAttribute("today", complaints.today());
        boolean mayHandle = policy.mayDoCaseWork();
        model.addAttribute("mayHandle", mayHandle);
        if (mayHandle) {
            model.addAttribute("notes", notes.forFamily(family.id()));
            model.addAttribute("reconsiderations", Reconsideration.values());
            model.addAttribute("governorOutcomes", GovernorOutcome.values());
            if (!model.containsAttribute("reconsiderationForm")) {
                ReconsiderationForm form = new ReconsiderationForm();
                form.setVersion(complaint.version());
                model.addAttribute("reconsiderationForm", form);
            }
            if (!model.containsAttribute("forwardingForm")) {
                ForwardingForm form = new ForwardingForm();
                form.setVersion(complaint.version());
                form.setForwardedOn(complaints.today());
                model.addAttribute("forwardingForm", form);
            }
            if (!model.containsAttribute("outcomeForm")) {
                OutcomeForm form = new OutcomeForm();
                form.setVersion(complaint.version());
                model.addAttribute("outcomeForm", form);
            }
        }
        return "complaint/show";
    }
}
