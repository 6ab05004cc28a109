package no.helhet.complaint;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.helhet.assessment.AssessmentService;
import no.helhet.decision.DecisionService;
import no.helhet.decision.DecisionView;
import no.helhet.document.DocumentKind;
import no.helhet.document.DocumentService;
import no.helhet.document.LetterRequest;
import no.helhet.document.Letters;
import no.helhet.note.CaseNote;
import no.helhet.note.CaseNotes;
import org.springframework.stereotype.Component;

/**
 * The documents of an upheld complaint: the forwarding letter to Statsforvalteren (a copy to the
 * family, in its written standard) and the case bundle, one PDF/A-2 with an index page, the decision
 * letter, the assessment, the complaint with its scan, and the case notes the coordinating unit chose.
 */
@Component
class ComplaintForwarding {

    private final Letters letters;
    private final DocumentService documents;
    private final DecisionService decisions;
    private final AssessmentService assessments;
    private final CaseNotes notes;

    ComplaintForwarding(
            Letters letters,
            DocumentService documents,
            DecisionService decisions,
            AssessmentService assessments,
            CaseNotes notes) {
        this.letters = letters;
        this.documents = documents;
        this.decisions = decisions;
        this.assessments = assessments;
        this.notes = notes;
    }

    /** Writes the forwarding letter and the bundle; returns their document ids (letter, bundle). */
    List<UUID> write(Complaint complaint, byte[] scan, Set<UUID> noteIds, java.time.LocalDate today) {
        LetterRequest base = LetterRequest.of(DocumentKind.COMPLAINT_FORWARDING, complaint.familyId(), today)
                .with("complaint", complaint);
        if (complaint.childId() != null) {
            base = base.aboutChild(complaint.childId());
        }
        if (complaint.coordinatorRequestId() != null) {
            base = base.inCase(complaint.coordinatorRequestId());
        }
        List<CaseNote> chosen = notes.forFamily(complaint.familyId()).stream()
                .filter(n -> noteIds.contains(n.id()))
                .toList();
        LetterRequest bundle = new LetterRequest(
                        DocumentKind.COMPLAINT_BUNDLE,
                        base.familyId(),
                        today,
                        base.childId(),
                        base.model(),
                        base.caseId(),
                        false)
                .with("notes", chosen)
                .with("scanPages", scan == null ? List.of() : PdfPageImages.of(scan));
        if (complaint.decisionId() != null) {
            DecisionView decision = decisions.getDecision(complaint.decisionId());
            base = base.with("decision", decision);
            bundle = bundle.with("decision", decision)
                    .with("assessment", assessments.getAssessment(decision.assessmentId()))
                    .with(
                            "decisionLetterPages",
                            decision.letterDocumentId() == null
                                    ? List.of()
                                    : documents
                                            .content(complaint.familyId(), decision.letterDocumentId())
                                            .map(PdfPageImages::of)
                                            .orElse(List.of()));
        }
        UUID letterId = letters.write(base);
        UUID bundleId = letters.write(bundle);
        return List.of(letterId, bundleId);
    }
}
