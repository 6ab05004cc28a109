/** Requests for a barnekoordinator (oral or written, or on the coordinating unit's own initiative), the worklist and the case page. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Request",
        allowedDependencies = {"task", "family", "document", "audit", "staff", "shared"})
package no.helhet.request;
