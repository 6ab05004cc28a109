/**
 * The family portal: the family's own seat. A guardian with parental responsibility or a youth logs
 * in through ID-porten (OpenID Connect, level high; the national id from the {@code pid} claim, never
 * kept in the session) and follows the family's case. Every page goes through the one access policy
 * under {@code AccessRule.FAMILY_MEMBER} and is logged as the family's own access.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Family portal",
        allowedDependencies = {
            "consent",
            "plan",
            "provider",
            "request",
            "decision",
            "appointment",
            "meeting",
            "message",
            "complaint",
            "document",
            "family",
            "audit",
            "staff",
            "shared"
        })
package no.helhet.familyportal;
