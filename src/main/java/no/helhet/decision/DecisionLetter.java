package no.helhet.decision;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.helhet.assessment.AssessmentView;
import no.helhet.document.DocumentKind;
import no.helhet.document.DocumentService;
import no.helhet.document.LetterRenderer;
import no.helhet.family.FamilyService;
import org.springframework.stereotype.Component;

/** Writes the decision letter: the family, the outcome, reasons per condition, and how to complain. */
@Component
class DecisionLetter {

    private final FamilyService families;
    private final LetterRenderer letters;
    private final DocumentService documents;

    DecisionLetter(FamilyService families, LetterRenderer letters, DocumentService documents) {
        this.families = families;
        this.letters = letters;
        this.documents = documents;
    }

    UUID write(DecisionView decision, AssessmentView assessment) {
        Map<String, Object> model = new HashMap<>();
        model.put("family", families.getFamily(decision.familyId()));
        model.put("child", families.getChild(assessment.childId()));
        model.put("decision", decision);
        byte[] pdf = letters.render("decision", model);
        return documents.storePdf(
                decision.familyId(),
                DocumentKind.DECISION_LETTER,
                "avgjorelse-koordinator-" + decision.decidedOn() + ".pdf",
                pdf);
    }
}
