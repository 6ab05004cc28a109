package no.helhet.outreach;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The public request form: only what the coordinating unit needs to call back (no national id, no
 * health information). {@code website} is a honeypot a person leaves empty.
 */
class PublicRequestForm {

    @NotBlank
    @Size(max = 100)
    private String contactName;

    @NotBlank
    @Pattern(regexp = "^\\+?[0-9 ]{8,19}$", message = "{webRequest.phone.invalid}")
    private String phone;

    @Email
    @Size(max = 254)
    private String email;

    @Size(max = 100)
    private String callTime;

    private String website;

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCallTime() {
        return callTime;
    }

    public void setCallTime(String callTime) {
        this.callTime = callTime;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    boolean caughtByHoneypot() {
        return website != null && !website.isBlank();
    }
}
