/** Case notes (journalnotater): dated, signed, append-only; a correction is a new note pointing to the old one. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Note",
        allowedDependencies = {"family", "audit", "staff", "shared"})
package no.helhet.note;
