package no.helhet.appointment;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.helhet.document.DocumentKind;
import no.helhet.document.DocumentService;
import no.helhet.document.LetterRenderer;
import no.helhet.family.FamilyService;
import no.helhet.staff.StaffSummary;
import org.springframework.stereotype.Component;

/** Writes the appointment letter: who the coordinator is and how to reach them. */
@Component
class AppointmentLetter {

    private final FamilyService families;
    private final LetterRenderer letters;
    private final DocumentService documents;

    AppointmentLetter(FamilyService families, LetterRenderer letters, DocumentService documents) {
        this.families = families;
        this.letters = letters;
        this.documents = documents;
    }

    UUID write(AppointmentView appointment, StaffSummary coordinator) {
        Map<String, Object> model = new HashMap<>();
        model.put("family", families.getFamily(appointment.familyId()));
        model.put("appointment", appointment);
        model.put("coordinator", coordinator);
        byte[] pdf = letters.render("appointment", model);
        return documents.storePdf(
                appointment.familyId(),
                DocumentKind.APPOINTMENT_LETTER,
                "oppnevning-koordinator-" + appointment.startsOn() + ".pdf",
                pdf);
    }
}
