/**
 * Outreach (LAW §5 item 27): the public page that explains the right without login, the public
 * request form with its rate limit, and the coordinating unit's list of children who may have the
 * right but have not asked.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Outreach",
        allowedDependencies = {"request", "audit", "staff", "shared"})
package no.helhet.outreach;
