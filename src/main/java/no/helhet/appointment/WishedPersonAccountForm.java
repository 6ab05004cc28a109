package no.helhet.appointment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/**
 * A coordinator's account for the person the family wished for, prefilled from the wish. There is
 * no role field: the account is always a coordinator's (docs/adr/0010).
 */
@Getter
@Setter
class WishedPersonAccountForm {

    @NotNull
    private UUID appointmentId;

    @NotNull
    private Integer version;

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[a-z0-9._-]*")
    private String username;

    @NotBlank
    @Size(max = 200)
    private String fullName;

    @NotNull
    private UUID unitId;

    @Email
    @Size(max = 200)
    private String email;

    @Size(max = 40)
    @Pattern(regexp = "[0-9 +]*")
    private String phone;

    /** The form for an appointment's wished person: name, e-mail or phone and a suggested username. */
    static WishedPersonAccountForm of(AppointmentView a, UUID unitId) {
        WishedPersonAccountForm form = new WishedPersonAccountForm();
        form.setAppointmentId(a.id());
        form.setVersion(a.version());
        WishedPerson p = a.wishedPerson();
        form.setFullName(p.name());
        form.setUsername(username(p.name()));
        form.setUnitId(unitId);
        String contact = p.contact() == null ? "" : p.contact().strip();
        if (contact.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            form.setEmail(contact);
        } else if (contact.matches("[0-9 +]{8,40}")) {
            form.setPhone(contact);
        }
        return form;
    }

    /** "Kari Ødegård" → "kari.odegard": a suggestion, which KE can change. */
    static String username(String name) {
        if (name == null) {
            return null;
        }
        String ascii = java.text.Normalizer.normalize(
                        name.strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("æ", "ae")
                                .replace("ø", "o")
                                .replace("å", "a"),
                        java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String[] parts = ascii.replaceAll("[^a-z0-9 -]", "").strip().split("[ ]+");
        String suggestion = parts.length == 1 ? parts[0] : parts[0] + "." + parts[parts.length - 1];
        return suggestion.length() > 100 ? suggestion.substring(0, 100) : suggestion;
    }
}
