package no.helhet.decision;

import java.time.LocalDate;

/**
 * The right to a barnekoordinator ends on the child's 18th birthday (LAW.md §1 item 9): shown on a
 * decision for a child whose birthday falls within {@code helhet.rules.right-ending-notice}, with
 * what the municipal policy offers after it.
 *
 * @param endsOn the 18th birthday
 * @param extensionOffered whether the municipality may continue after 18
 * @param extensionUpToAge the age up to which it may continue
 */
public record RightEnding(LocalDate endsOn, boolean extensionOffered, int extensionUpToAge) {}
