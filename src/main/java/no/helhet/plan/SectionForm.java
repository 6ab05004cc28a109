package no.helhet.plan;

import jakarta.validation.constraints.Size;

/** One written section as the writer left it, with the version they saw. */
class SectionForm {

    @Size(max = 8000)
    private String text;

    private Integer version;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
