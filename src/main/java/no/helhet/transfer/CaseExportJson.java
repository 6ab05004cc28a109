package no.helhet.transfer;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import no.helhet.appointment.AppointmentView;
import no.helhet.decision.DecisionView;
import no.helhet.family.ChildSummary;
import no.helhet.family.GuardianSummary;
import no.helhet.request.RequestSummary;
import no.helhet.staff.StaffSummary;
import tools.jackson.databind.json.JsonMapper;

/**
 * The machine-readable case export, as {@code docs/case-export.schema.json} describes it: codes
 * (enum names) rather than texts, ISO dates, and no full national id (the receiving municipality
 * identifies the family through the national registry).
 */
final class CaseExportJson {

    static final String SCHEMA_VERSION = "1.0";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CaseExportJson() {}

    record Consent(String givenBy, LocalDate givenOn) {}

    static String write(CaseContent c, String newMunicipality, Consent consent, LocalDate exportedOn) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("exportedOn", exportedOn.toString());
        root.put(
                "fromMunicipality",
                map("name", c.municipality().name(), "number", c.municipality().number()));
        root.put("toMunicipality", newMunicipality);
        root.put(
                "consent",
                map("givenBy", consent.givenBy(), "givenOn", consent.givenOn().toString()));
        root.put(
                "family",
                map(
                        "letterLanguage",
                        c.family().letterLanguage(),
                        "guardians",
                        c.family().guardians().stream()
                                .map(CaseExportJson::guardian)
                                .toList(),
                        "children",
                        c.family().children().stream()
                                .map(CaseExportJson::child)
                                .toList()));
        root.put("requests", c.requests().stream().map(CaseExportJson::request).toList());
        root.put(
                "decisions",
                c.decisions().stream().map(CaseExportJson::decision).toList());
        root.put(
                "appointments",
                c.appointments().stream()
                        .map(a -> appointment(a, c.staff().get(a.coordinatorId())))
                        .toList());
        root.put(
                "documents",
                c.documents().stream()
                        .map(d -> map(
                                "kind",
                                d.kind().name(),
                                "fileName",
                                d.fileName(),
                                "createdAt",
                                d.createdAt().toString()))
                        .toList());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static Map<String, Object> guardian(GuardianSummary g) {
        return map(
                "givenName", g.givenName(),
                "familyName", g.familyName(),
                "maskedNationalId", g.maskedNationalId(),
                "parentalResponsibility", g.parentalResponsibility(),
                "phone", g.phone(),
                "email", g.email());
    }

    private static Map<String, Object> child(ChildSummary ch) {
        return map(
                "givenName", ch.givenName(),
                "familyName", ch.familyName(),
                "maskedNationalId", ch.maskedNationalId(),
                "birthDate", date(ch.birthDate()),
                "expectedDate", date(ch.expectedDate()));
    }

    private static Map<String, Object> request(RequestSummary r) {
        return map(
                "receivedOn", date(r.receivedOn()),
                "channel", r.channel().name(),
                "requesterKind", r.requesterKind().name(),
                "status", r.status().name(),
                "closedOn", date(r.closedOn()),
                "familyWords", r.familyWords());
    }

    private static Map<String, Object> decision(DecisionView d) {
        return map(
                "decidedOn", date(d.decidedOn()),
                "outcome", d.outcome().name(),
                "summary", d.summary(),
                "ageReason", d.ageReason(),
                "illnessReason", d.illnessReason(),
                "needReason", d.needReason());
    }

    private static Map<String, Object> appointment(AppointmentView a, StaffSummary coordinator) {
        return map(
                "kind", a.kind().name(),
                "coordinator",
                        map(
                                "name", coordinator == null ? null : coordinator.fullName(),
                                "unit", coordinator == null ? null : coordinator.unitName(),
                                "phone", coordinator == null ? null : coordinator.phone(),
                                "email", coordinator == null ? null : coordinator.email()),
                "startsOn", date(a.startsOn()),
                "endedOn", date(a.endedOn()),
                "endReason", a.endReason() == null ? null : a.endReason().name(),
                "changeReason", a.changeReason(),
                "childWish", a.childVoice() == null ? null : a.childVoice().views());
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** An ordered map from alternating keys and values; null values are kept (as JSON null). */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
