/**
 * Messages between the family (a guardian, or a youth in a thread of their own) and its coordinator
 * or the coordinating unit, stored in the case; the recipient gets an e-mail that only says there
 * is a message, and a message from the family is a task for the coordinator (or the coordinating
 * unit when none is appointed). See docs/adr/0016-messages.md.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Message",
        allowedDependencies = {"appointment", "task", "family", "audit", "staff", "shared"})
package no.helhet.message;
