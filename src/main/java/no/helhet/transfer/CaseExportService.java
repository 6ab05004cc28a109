package no.helhet.transfer;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.helhet.appointment.AppointmentChangeService;
import no.helhet.appointment.AppointmentView;
import no.helhet.appointment.EndReason;
import no.helhet.document.PdfDocuments;
import no.helhet.staff.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a family's case for the municipality it moves to (LAW.md §1; issue 10 item 8), with the
 * family's consent recorded: ends the right with reason {@link EndReason#MOVED_AWAY} (the end letter
 * goes to the family), then gathers the case through the modules' public APIs into a JSON document
 * ({@link CaseExportJson}) and a PDF/A-2 bundle, kept unchanged with the consent.
 */
@Service
class CaseExportService {

    private final JdbcClient jdbc;
    private final CaseExportSources sources;
    private final AppointmentChangeService changes;
    private final PdfDocuments pdfs;
    private final Clock clock;

    CaseExportService(
            JdbcClient jdbc,
            CaseExportSources sources,
            AppointmentChangeService changes,
            PdfDocuments pdfs,
            Clock clock) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.changes = changes;
        this.pdfs = pdfs;
        this.clock = clock;
    }

    /** Ends the right (moved away) and exports the case; returns the export's id. */
    @Transactional
    UUID exportCase(UUID appointmentId, int version, String newMunicipality, ExportConsentGiver by, LocalDate on) {
        AppointmentView appointment = changes.getAppointment(appointmentId);
        changes.endRight(appointmentId, version, EndReason.MOVED_AWAY, null);
        LocalDate today = LocalDate.now(clock);
        CaseContent content = sources.gather(appointment.familyId());
        CaseExportJson.Consent consent = new CaseExportJson.Consent(by.name(), on);
        String json = CaseExportJson.write(content, newMunicipality.strip(), consent, today);
        Map<String, Object> model = new HashMap<>();
        model.put("content", content);
        model.put("newMunicipality", newMunicipality.strip());
        model.put("consentGivenBy", by);
        model.put("consentGivenOn", on);
        model.put("dated", today);
        String language = content.family().letterLanguage() == null
                ? "nb"
                : content.family().letterLanguage();
        language = "nn".equals(language) ? "nn" : "nb";
        model.put("lang", language);
        byte[] pdf = pdfs.render("case-export", model, Locale.forLanguageTag(language));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into case_export (id, family_id, appointment_id, new_municipality, consent_given_by,
                                                 consent_given_on, exported_on, json_content, pdf_content, created_at, created_by)
                        values (:id, :familyId, :appointmentId, :to, :by, :on, :today, :json, :pdf, :at, :who)
                        """)
                .param("id", id)
                .param("familyId", appointment.familyId())
                .param("appointmentId", appointmentId)
                .param("to", newMunicipality.strip())
                .param("by", by.name())
                .param("on", Date.valueOf(on))
                .param("today", Date.valueOf(today))
                .param("json", json)
                .param("pdf", pdf)
                .param("at", Timestamp.from(clock.instant()))
                .param("who", CurrentStaff.username())
                .update();
        return id;
    }

    @Transactional(readOnly = true)
    Optional<UUID> familyOf(UUID exportId) {
        return jdbc.sql("select family_id from case_export where id = :id")
                .param("id", exportId)
                .query(UUID.class)
                .optional();
    }

    @Transactional(readOnly = true)
    CaseExport getExport(UUID exportId) {
        return jdbc.sql("""
                        select id, family_id, appointment_id, new_municipality, consent_given_by, consent_given_on, exported_on
                        from case_export where id = :id
                        """)
                .param("id", exportId)
                .query(CaseExport.class)
                .optional()
                .orElseThrow(CaseExportNotFoundException::new);
    }

    @Transactional(readOnly = true)
    String json(UUID exportId) {
        return jdbc.sql("select json_content from case_export where id = :id")
                .param("id", exportId)
                .query(String.class)
                .optional()
                .orElseThrow(CaseExportNotFoundException::new);
    }

    @Transactional(readOnly = true)
    byte[] pdf(UUID exportId) {
        return jdbc.sql("select pdf_content from case_export where id = :id")
                .param("id", exportId)
                .query(byte[].class)
                .optional()
                .orElseThrow(CaseExportNotFoundException::new);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
