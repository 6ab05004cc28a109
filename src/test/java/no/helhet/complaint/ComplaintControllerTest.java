package no.helhet.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import no.helhet.assessment.AssessmentService;
import no.helhet.decision.DecisionOutcome;
import no.helhet.decision.DecisionService;
import no.helhet.decision.DecisionView;
import no.helhet.document.DispatchChannel;
import no.helhet.document.DocumentService;
import no.helhet.document.LetterDispatches;
import no.helhet.family.FamilyDetails;
import no.helhet.note.CaseNotes;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import no.helhet.support.PdfA;
import no.helhet.task.TaskService;
import no.helhet.task.TaskSource;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Issue 10, items 1-3: a complaint's deadline from the letter's receipt (the last day in time, the
 * day after late and then a reason required), refused uploads that keep the rest of the form, the
 * reconsideration (reverse: a new decision and letter; uphold: the forwarding letter and the case
 * bundle, both veraPDF-valid), Statsforvalteren's outcome with its task, and the notice that is not
 * a complaint.
 */
@IntegrationTest
class ComplaintControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DecisionService decisions;

    @Autowired
    AssessmentService assessments;

    @Autowired
    LetterDispatches dispatches;

    @Autowired
    ComplaintService complaints;

    @Autowired
    DocumentService documents;

    @Autowired
    CaseNotes notes;

    @Autowired
    TaskService tasks;

    @Autowired
    no.helhet.appointment.AppointmentService appointmentService;

    @Autowired
    no.helhet.appointment.AppointmentChangeService changes;

    @Autowired
    no.helhet.staff.StaffDirectory staffDirectory;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private <T> T asCaseworker(java.util.function.Supplier<T> work) {
        var ke = users.loadUserByUsername("ke");
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        ke, null, ke.getAuthorities()));
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    /** A decision whose letter was posted so that its complaint period's last day is {@code today - 3}. */
    private DecisionView postedDecision(FamilyDetails family) {
        DecisionView decision = decisions.getDecision(fixtures.aGrantedDecision(family));
        LocalDate today = dispatches.today();
        // Posted 34 days ago: received 31 days ago (post rule, 3 days), last day 3 days ago (28 days).
        dispatches.recordDispatch(decision.letterDocumentId(), today.minusDays(34), DispatchChannel.POST);
        return decision;
    }

    private MvcTestResult register(
            FamilyDetails family, DecisionView decision, LocalDate receivedOn, String lateReason) {
        var request = mvc.post()
                .uri("/families/{id}/complaints", family.id())
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("kind", "CHANGE_OR_END")
                .param("receivedOn", receivedOn.toString())
                .param("complainantKind", "GUARDIAN")
                .param("guardianId", family.guardians().get(0).id().toString())
                .param("concerns", "DECISION:" + decision.id())
                .param("text", "Vi er uenige i vedtaket.");
        if (lateReason != null) {
            request = request.param("lateReason", lateReason);
        }
        return request.exchange();
    }

    @Test
    void aComplaintOnTheLastDayIsInTimeAndTheDayAfterIsLateAndNeedsAReason() {
        FamilyDetails family = fixtures.aFamily("Fristsen", 9);
        DecisionView decision = postedDecision(family);
        LocalDate lastDay = dispatches.today().minusDays(3);

        assertThat(mvc.get().uri("/families/{id}/complaints/new", family.id()).with(fixtures.as("ke")))
                .bodyText()
                .contains("fristen gikk ut "
                        + lastDay.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));

        MvcTestResult inTime = register(family, decision, lastDay, null);
        assertThat(inTime).hasStatus(HttpStatus.FOUND);
        assertThat(complaints.forFamily(family.id())).singleElement().satisfies(c -> {
            assertThat(c.late()).isFalse();
            assertThat(c.deadline()).isEqualTo(lastDay);
            assertThat(c.letterReceivedOn()).isEqualTo(dispatches.today().minusDays(31));
        });

        MvcTestResult lateWithoutReason = register(family, decision, lastDay.plusDays(1), null);
        assertThat(lateWithoutReason).hasStatusOk();
        assertThat(lateWithoutReason)
                .bodyText()
                .contains("Klagen kom etter fristen: skriv hvorfor den likevel tas under behandling.")
                .contains("Vi er uenige i vedtaket.");
        assertThat(complaints.forFamily(family.id())).hasSize(1);

        MvcTestResult late = register(family, decision, lastDay.plusDays(1), "Familien var innlagt.");
        assertThat(late).hasStatus(HttpStatus.FOUND);
        Complaint lateOne = complaints.forFamily(family.id()).stream()
                .filter(Complaint::late)
                .findFirst()
                .orElseThrow();
        assertThat(lateOne.lateReason()).isEqualTo("Familien var innlagt.");
        assertThat(mvc.get().uri("/complaints/{id}", lateOne.id()).with(fixtures.as("ke")))
                .bodyText()
                .contains("Klagen kom etter fristen")
                .contains("Familien var innlagt.");
        assertThat(mvc.get().uri("/families/{id}", family.id()).with(fixtures.as("ke")))
                .bodyText()
                .contains("For sent");
    }

    @Test
    void aComplaintAboutAnEndPointsToTheEndedAppointmentAndItsDeadlineCountsFromTheEndLetter() {
        FamilyDetails family = fixtures.aFamily("Sluttklagesen", 12);
        UUID decisionId = fixtures.aGrantedDecision(family);
        UUID koord1 = staffDirectory.findStaffByUsername("koord1").orElseThrow().id();
        UUID appointmentId = asCaseworker(() -> appointmentService.appointCoordinator(
                decisionId, no.helhet.appointment.AppointmentFixtures.draft(koord1)));
        var appointment = changes.getAppointment(appointmentId);
        asCaseworker(() -> {
            changes.endRight(appointmentId, appointment.version(), no.helhet.appointment.EndReason.NEED_ENDED, null);
            return null;
        });
        var ended = changes.getAppointment(appointmentId);
        LocalDate today = dispatches.today();
        dispatches.recordDispatch(ended.endLetterDocumentId(), today.minusDays(10), DispatchChannel.POST);
        String value = "END:" + appointmentId;

        assertThat(mvc.get().uri("/families/{id}/complaints/new", family.id()).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Behovet er ikke lenger til stede")
                .contains(value);

        assertThat(mvc.post()
                        .uri("/families/{id}/complaints", family.id())
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("kind", "CHANGE_OR_END")
                        .param("receivedOn", today.toString())
                        .param("complainantKind", "GUARDIAN")
                        .param("guardianId", family.guardians().get(0).id().toString())
                        .param("concerns", value)
                        .param("text", "Vi trenger fortsatt en koordinator."))
                .hasStatus(HttpStatus.FOUND);
        Complaint complaint = complaints.forFamily(family.id()).get(0);
        assertThat(complaint.subject()).isEqualTo(ComplaintSubject.END);
        assertThat(complaint.appointmentId()).isEqualTo(appointmentId);
        assertThat(complaint.decisionId()).isNull();
        assertThat(complaint.letterReceivedOn()).isEqualTo(today.minusDays(7));
        assertThat(complaint.deadline()).isEqualTo(today.minusDays(7).plusDays(28));
        assertThat(complaint.late()).isFalse();
        assertThat(mvc.get().uri("/complaints/{id}", complaint.id()).with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Avslutning av retten eller koordinatoren")
                .contains(": Behovet er ikke lenger til stede, "
                        + today.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    }

    @Test
    void refusedUploadsSayWhyInTheUsersLanguageAndKeepTheOtherFields() throws IOException {
        FamilyDetails family = fixtures.aFamily("Opplastsen", 9);
        DecisionView decision = postedDecision(family);
        byte[] tooLarge = new byte[11 * 1024 * 1024];
        System.arraycopy("%PDF-1.7".getBytes(), 0, tooLarge, 0, 8);

        assertThat(upload(family, decision, "brev.docx", "PK\u0003\u0004 not a pdf".getBytes(), "nb"))
                .contains("Filen er ikke en PDF.")
                .contains("Skrevet av advokaten.")
                .contains("Advokat Olsen");
        assertThat(upload(family, decision, "stor.pdf", tooLarge, "nb"))
                .contains("Filen er for stor. Den kan være høyst 10 MB.");
        assertThat(upload(family, decision, "laast.pdf", encryptedPdf(), "nb"))
                .contains("PDF-en er kryptert eller har passord.")
                .contains("Skrevet av advokaten.");
        assertThat(upload(family, decision, "laast.pdf", encryptedPdf(), "nn"))
                .contains("PDF-en er kryptert eller har passord. Last opp ein PDF utan passord.");
        assertThat(upload(family, decision, "brev.pdf", "hello".getBytes(), "en"))
                .contains("The file is not a PDF.");
        assertThat(complaints.forFamily(family.id())).isEmpty();

        assertThat(mvc.perform(multipart(family, decision, "klage.pdf", PdfA.plainPdf(), "nb"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        Complaint kept = complaints.forFamily(family.id()).get(0);
        assertThat(new String(complaints.scan(kept.id()).orElseThrow().content(), 0, 5))
                .isEqualTo("%PDF-");
        assertThat(kept.authority()).isEqualTo("Fullmakt fra Kari, datert 1. mars.");
    }

    private String upload(FamilyDetails family, DecisionView decision, String name, byte[] content, String lang) {
        try {
            var response = mvc.perform(multipart(family, decision, name, content, lang))
                    .getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            return response.getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder multipart(
            FamilyDetails family, DecisionView decision, String name, byte[] content, String lang) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                        "/families/{id}/complaints", family.id())
                .file(new MockMultipartFile("scan", name, "application/pdf", content))
                .param("kind", "REFUSAL")
                .param("receivedOn", dispatches.today().minusDays(4).toString())
                .param("complainantKind", "REPRESENTATIVE")
                .param("representativeName", "Advokat Olsen")
                .param("authority", "Fullmakt fra Kari, datert 1. mars.")
                .param("concerns", "DECISION:" + decision.id())
                .param("text", "Skrevet av advokaten.")
                .param("lang", lang)
                .with(fixtures.as("ke"))
                .with(csrf());
    }

    private static byte[] encryptedPdf() throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("eier", "", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void upholdingWritesTheForwardingLetterAndAValidBundleAndStatsforvalterensOutcomeGivesATask() {
        FamilyDetails family = fixtures.aFamily("Opprettholdsen", 9);
        DecisionView decision = postedDecision(family);
        UUID noteId = asCaseworker(() -> {
            notes.writeNote(family.id(), null, dispatches.today(), "Internt notat som ikke skal med.", null);
            return notes.writeNote(family.id(), null, dispatches.today(), "Samtale med mor om klagen.", null);
        });
        assertThat(mvc.perform(multipart(family, decision, "klage.pdf", PdfA.plainPdf(), "nb"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        Complaint complaint = complaints.forFamily(family.id()).get(0);

        assertThat(mvc.post()
                        .uri("/complaints/{id}/reconsideration", complaint.id())
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("reconsideration", "UPHELD")
                        .param("reason", "Vilkårene er vurdert riktig.")
                        .param("noteIds", noteId.toString())
                        .param("version", String.valueOf(complaint.version())))
                .hasStatus(HttpStatus.FOUND);
        Complaint upheld = complaints.getComplaint(complaint.id());
        byte[] letter =
                documents.content(family.id(), upheld.forwardingLetterId()).orElseThrow();
        byte[] bundle = documents.content(family.id(), upheld.bundleId()).orElseThrow();
        assertThat(PdfA.validate(letter).isCompliant()).isTrue();
        assertThat(PdfA.validate(bundle).isCompliant()).isTrue();
        assertThat(PdfA.text(letter)).contains("Oversendelse av klage").contains("Statsforvalteren i Demo");
        assertThat(PdfA.text(bundle))
                .contains("Innhold")
                .contains("Avgjørelsen")
                .contains("Vurderingen av vilkårene")
                .contains("Klagebrevet")
                .contains("Samtale med mor om klagen.")
                .doesNotContain("Internt notat som ikke skal med.");

        assertThat(mvc.post()
                        .uri("/complaints/{id}/forwarding", complaint.id())
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("forwardedOn", dispatches.today().toString())
                        .param("version", String.valueOf(upheld.version())))
                .hasStatus(HttpStatus.FOUND);
        Complaint forwarded = complaints.getComplaint(complaint.id());
        assertThat(forwarded.forwardedOn()).isEqualTo(dispatches.today());
        assertThat(mvc.post()
                        .uri("/complaints/{id}/outcome", complaint.id())
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("outcome", "SENT_BACK")
                        .param("outcomeOn", dispatches.today().toString())
                        .param("version", String.valueOf(forwarded.version())))
                .hasStatus(HttpStatus.FOUND);
        assertThat(complaints.getComplaint(complaint.id()).governorOutcome()).isEqualTo(GovernorOutcome.SENT_BACK);
        assertThat(tasks.fromSource(TaskSource.COMPLAINT_GOVERNOR_SENT_BACK, complaint.id()))
                .hasSize(1);
        assertThat(mvc.get().uri("/families/{id}/chronology", family.id()).with(fixtures.as("ke")))
                .bodyText()
                .contains("Statsforvalteren avgjorde klagen");
    }

    @Test
    void reversingStartsANewAssessmentAndTheNewDecisionWithItsLetterIsTheComplaints() {
        FamilyDetails family = fixtures.aFamily("Omgjørsen", 9);
        DecisionView decision = postedDecision(family);
        assertThat(register(family, decision, dispatches.today(), "Sent, men tas opp."))
                .hasStatus(HttpStatus.FOUND);
        Complaint complaint = complaints.forFamily(family.id()).get(0);

        MvcTestResult reversed = mvc.post()
                .uri("/complaints/{id}/reconsideration", complaint.id())
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("reconsideration", "PARTLY_REVERSED")
                .param("reason", "Familien får koordinator etter § 7-2.")
                .param("version", String.valueOf(complaint.version()))
                .exchange();
        assertThat(reversed).hasStatus(HttpStatus.FOUND);
        UUID assessmentId = complaints.getComplaint(complaint.id()).reconsiderationAssessmentId();
        assertThat(reversed).redirectedUrl().isEqualTo("/assessments/" + assessmentId);
        assertThat(assessments.getAssessment(assessmentId).requestId()).isEqualTo(decision.requestId());

        var c = Fixtures.allConditionsMet();
        UUID newDecision = decisions.decide(
                assessmentId,
                new DecisionService.DecisionDraft(
                        DecisionOutcome.GRANTED_CHILD_COORDINATOR,
                        c.ageReason(),
                        c.illnessReason(),
                        c.needReason(),
                        "Ny avgjørelse etter klage.",
                        Fixtures.childHeard()));
        Complaint after = complaints.getComplaint(complaint.id());
        assertThat(after.newDecisionId()).isEqualTo(newDecision);
        DecisionView made = decisions.getDecision(newDecision);
        assertThat(made.letterDocumentId()).isNotNull().isNotEqualTo(decision.letterDocumentId());
        assertThat(PdfA.validate(documents
                                .content(family.id(), made.letterDocumentId())
                                .orElseThrow())
                        .isCompliant())
                .isTrue();
        assertThat(complaints.open()).extracting(Complaint::id).doesNotContain(complaint.id());
    }

    @Test
    void aNoticeAboutFailedCooperationIsANoticeNotAComplaintAndThePageSaysWhy() {
        FamilyDetails family = fixtures.aFamily("Meldesen", 9);
        assertThat(mvc.get()
                        .uri("/families/{id}/cooperation-notices/new", family.id())
                        .with(fixtures.as("ke")))
                .bodyText()
                .contains("Dette er en melding, ikke en klage.")
                .contains("gir ingen klagerett");
        assertThat(mvc.post()
                        .uri("/families/{id}/cooperation-notices", family.id())
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("receivedOn", dispatches.today().toString())
                        .param("fromWhom", "Mor")
                        .param("text", "Skolen og BUP snakker ikke sammen."))
                .hasStatus(HttpStatus.FOUND);
        assertThat(complaints.forFamily(family.id())).isEmpty();
        assertThat(mvc.get().uri("/families/{id}", family.id()).with(fixtures.as("ke")))
                .bodyText()
                .contains("Skolen og BUP snakker ikke sammen.");
    }

    @Test
    void aCoordinatorWithoutTheFamilyCannotRegisterAComplaint() {
        FamilyDetails family = fixtures.aFamily("Tilgangsen", 9);
        assertThat(mvc.get().uri("/families/{id}/complaints/new", family.id()).with(fixtures.as("koord1")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(Arrays.asList(ComplaintKind.values())).hasSize(3);
    }
}
