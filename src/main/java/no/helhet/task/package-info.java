/** Tasks with an owner and a due date, and every staff member's "My tasks". */
@org.springframework.modulith.ApplicationModule(
        displayName = "Task",
        allowedDependencies = {"consent", "family", "audit", "staff", "shared"})
package no.helhet.task;
