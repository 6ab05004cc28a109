package no.helhet.familyportal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import no.helhet.complaint.ComplaintService;

/** A complaint the family writes about a decision; the reason only when the deadline has passed. */
@Getter
@Setter
class FamilyComplaintForm {

    @NotBlank
    @Size(max = ComplaintService.MAX_FAMILY_TEXT)
    private String text;

    @Size(max = 4000)
    private String lateReason;
}
