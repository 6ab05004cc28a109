/** Letters as PDF/A-2 documents, stored with the family's case and downloaded through the access policy. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Document",
        allowedDependencies = {"audit", "family", "staff", "shared"})
package no.helhet.document;
