/**
 * The individual plan (individuell plan) of one child: the own goals, resources and needs, who takes
 * part and coordinates, contributions, measures, the plan period, evaluations, the consents it rests
 * on, the cooperation needed, and its approved versions (forskrift om habilitering, rehabilitering,
 * individuell plan og koordinator §§ 16–21).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Individual plan",
        allowedDependencies = {
            "consent",
            "provider",
            "appointment",
            "request",
            "task",
            "family",
            "document",
            "audit",
            "staff",
            "shared"
        })
package no.helhet.plan;
