/**
 * Meetings about the child (ansvarsgruppe, samarbeidsmøte): notices by e-mail with an iCalendar
 * invitation, minutes with actions that become tasks, approval that locks the minutes, addenda.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Meeting",
        allowedDependencies = {"task", "provider", "family", "audit", "staff", "shared"})
package no.helhet.meeting;
