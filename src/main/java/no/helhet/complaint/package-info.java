/**
 * Complaints (pbrl. chapter 7): registration with the deadline from the letter's receipt, the
 * coordinating unit's reconsideration, the forwarding letter and case bundle to Statsforvalteren,
 * Statsforvalteren's outcome; and notices about failed cooperation, which are not complaints.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Complaint",
        allowedDependencies = {
            "appointment",
            "decision",
            "assessment",
            "request",
            "note",
            "task",
            "family",
            "document",
            "audit",
            "staff",
            "shared"
        })
package no.helhet.complaint;
