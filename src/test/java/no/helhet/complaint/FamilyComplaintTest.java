package no.helhet.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import no.helhet.decision.DecisionService;
import no.helhet.decision.DecisionView;
import no.helhet.document.DispatchChannel;
import no.helhet.document.LetterDispatches;
import no.helhet.family.FamilyDetails;
import no.helhet.shared.NotFoundException;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A complaint the family writes in the family portal (issue 14 item 8): the deadline from the
 * decision's letter, late only with a reason, received through the portal and in KE's complaint list.
 */
@IntegrationTest
class FamilyComplaintTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ComplaintService complaints;

    @Autowired
    DecisionService decisions;

    @Autowired
    LetterDispatches dispatches;

    @Test
    void aGuardiansComplaintInTimeLandsInKesListAsFromThePortal() {
        FamilyDetails family = fixtures.aFamily("Portalklagesen", 9);
        DecisionView decision = decisions.getDecision(fixtures.aGrantedDecision(family));
        LocalDate today = dispatches.today();
        dispatches.recordDispatch(decision.letterDocumentId(), today.minusDays(5), DispatchChannel.DIGITAL_MAILBOX);

        Concern concern = complaints.decisionConcern(family.id(), decision.id()).orElseThrow();
        assertThat(concern.deadline()).isPresent();
        assertThat(concern.deadline().get().lastDay())
                .isEqualTo(today.minusDays(5).plusDays(28));

        UUID id = complaints.registerFromFamily(
                family.id(),
                decision.id(),
                new ComplaintService.FamilyComplaint(
                        ComplainantKind.GUARDIAN, family.guardians().get(0).id(), "Vi er uenige i avgjørelsen.", null));

        Complaint c = complaints.getComplaint(id);
        assertThat(c.channel()).isEqualTo(ComplaintChannel.PORTAL);
        assertThat(c.receivedOn()).isEqualTo(today);
        assertThat(c.late()).isFalse();
        assertThat(c.decisionId()).isEqualTo(decision.id());
        assertThat(c.guardianId()).isEqualTo(family.guardians().get(0).id());
        assertThat(c.kind()).isEqualTo(ComplaintKind.FAILURE_TO_FULFIL);
        assertThat(c.helpedByKe()).isFalse();

        assertThat(mvc.get().uri("/complaints").with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Portalklagesen")
                .contains("Fra familieportalen");
        assertThat(mvc.get().uri("/complaints/" + id).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Fra familieportalen")
                .contains("Vi er uenige i avgjørelsen.");
    }

    @Test
    void aLateComplaintNeedsTheFamilysReasonAndIsFlaggedLate() {
        FamilyDetails family = fixtures.aFamily("Fristsen", 9);
        DecisionView decision = decisions.getDecision(fixtures.aGrantedDecision(family));
        dispatches.recordDispatch(
                decision.letterDocumentId(), dispatches.today().minusDays(60), DispatchChannel.DIGITAL_MAILBOX);
        ComplaintService.FamilyComplaint withoutReason = new ComplaintService.FamilyComplaint(
                ComplainantKind.GUARDIAN, family.guardians().get(0).id(), "Vi klager.", " ");

        assertThatThrownBy(() -> complaints.registerFromFamily(family.id(), decision.id(), withoutReason))
                .isInstanceOf(ComplaintRefusedException.class)
                .extracting(e -> ((ComplaintRefusedException) e).messageKey())
                .isEqualTo("complaint.family.lateReason.required");
        assertThat(complaints.forFamily(family.id())).isEmpty();

        UUID id = complaints.registerFromFamily(
                family.id(),
                decision.id(),
                new ComplaintService.FamilyComplaint(
                        ComplainantKind.GUARDIAN, family.guardians().get(0).id(), "Vi klager.", "Vi var syke."));
        Complaint c = complaints.getComplaint(id);
        assertThat(c.late()).isTrue();
        assertThat(c.lateReason()).isEqualTo("Vi var syke.");
        assertThat(c.channel()).isEqualTo(ComplaintChannel.PORTAL);
    }

    @Test
    void anotherFamilysDecisionOrGuardianOrAnEmptyTextIsRefused() {
        FamilyDetails family = fixtures.aFamily("Egensen", 9);
        FamilyDetails other = fixtures.aFamily("Fremmedsen", 9);
        UUID ownDecision = fixtures.aGrantedDecision(family);
        UUID otherDecision = fixtures.aGrantedDecision(other);
        UUID guardian = family.guardians().get(0).id();

        assertThat(complaints.decisionConcern(family.id(), otherDecision)).isEmpty();
        assertThatThrownBy(() -> complaints.registerFromFamily(
                        family.id(),
                        otherDecision,
                        new ComplaintService.FamilyComplaint(ComplainantKind.GUARDIAN, guardian, "Klage.", null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> complaints.registerFromFamily(
                        family.id(),
                        ownDecision,
                        new ComplaintService.FamilyComplaint(
                                ComplainantKind.GUARDIAN,
                                other.guardians().get(0).id(),
                                "Klage.",
                                null)))
                .isInstanceOf(NotFoundException.class);
        // a youth complains only about a decision about themselves
        assertThatThrownBy(() -> complaints.registerFromFamily(
                        family.id(),
                        ownDecision,
                        new ComplaintService.FamilyComplaint(
                                ComplainantKind.YOUTH, other.children().get(0).id(), "Klage.", null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> complaints.registerFromFamily(
                        family.id(),
                        ownDecision,
                        new ComplaintService.FamilyComplaint(ComplainantKind.GUARDIAN, guardian, "  ", null)))
                .isInstanceOf(ComplaintRefusedException.class);
        assertThat(complaints.forFamily(family.id())).isEmpty();

        UUID youthComplaint = complaints.registerFromFamily(
                family.id(),
                ownDecision,
                new ComplaintService.FamilyComplaint(
                        ComplainantKind.YOUTH, family.children().get(0).id(), "Jeg klager selv.", null));
        assertThat(complaints.getComplaint(youthComplaint).complainantKind()).isEqualTo(ComplainantKind.YOUTH);
    }
}
