/**
 * Outreach (LAW §5 item 27): the public page that explains the right without login, the public
 * request form with its rate limit, and the coordinating unit's list of children who may have the
 * right but have not asked; and the coordinating unit's duty to train and guide coordinators
 * (hol. § 7-3): the training register here rather than in {@code staff}, because the task for
 * coordinators due for training is a {@code task.TaskCandidates}, and {@code task} already depends on
 * {@code staff}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Outreach",
        allowedDependencies = {"request", "provider", "task", "family", "audit", "staff", "shared"})
package no.helhet.outreach;
