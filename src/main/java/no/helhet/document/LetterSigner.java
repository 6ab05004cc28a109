package no.helhet.document;

/**
 * The caseworker who signs a letter: name, title (the role, in the letter's language) and unit. A
 * letter the system writes on its own is signed by the coordinating unit alone ({@code name} null).
 */
public record LetterSigner(String name, String roleKey, String unitName) {}
