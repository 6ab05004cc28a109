package no.helhet.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.helhet.family.ChildSummary;
import no.helhet.family.FamilyDetails;
import no.helhet.family.GuardianSummary;

/**
 * The rules of consent (LAW.md §5): the guardians consent for the child, all who hold parental
 * responsibility; the youth consents for health matters from the configured age; a consent covers
 * only the providers and kinds of information it names, from the day given to its expiry, and stops
 * at once when withdrawn.
 */
public final class ConsentRules {

    private ConsentRules() {}

    /** Problems with a consent to record, as (field, message key). */
    static List<Problem> problems(
            NewConsent c, FamilyDetails family, ChildSummary child, LocalDate today, int youthAge) {
        List<Problem> problems = new ArrayList<>();
        if (c.providerIds().isEmpty()) {
            problems.add(new Problem("providerIds", "consent.providers.required"));
        }
        if (c.information().isEmpty()) {
            problems.add(new Problem("information", "consent.information.required"));
        }
        if (c.givenOn().isAfter(today)) {
            problems.add(new Problem("givenOn", "PastOrPresent"));
        }
        if (c.expiresOn() != null && c.expiresOn().isBefore(c.givenOn())) {
            problems.add(new Problem("expiresOn", "consent.expiresOn.beforeGiven"));
        }
        if (c.givenBy() == ConsentGiver.YOUTH) {
            boolean oldEnough =
                    child.ageOn(c.givenOn()).map(age -> age >= youthAge).orElse(false);
            if (!oldEnough) {
                problems.add(new Problem("givenBy", "consent.youth.tooYoung", youthAge));
            }
            if (!EnumSet.of(InformationKind.HEALTH).containsAll(c.information())) {
                problems.add(new Problem("information", "consent.youth.healthOnly"));
            }
        } else {
            List<UUID> responsible = family.guardians().stream()
                    .filter(GuardianSummary::parentalResponsibility)
                    .map(GuardianSummary::id)
                    .toList();
            List<UUID> known =
                    family.guardians().stream().map(GuardianSummary::id).toList();
            if (c.guardianIds().isEmpty() || !known.containsAll(c.guardianIds())) {
                problems.add(new Problem("guardianIds", "consent.guardians.required"));
            } else if (!c.guardianIds().containsAll(responsible)) {
                problems.add(new Problem("guardianIds", "consent.guardians.allResponsible"));
            }
        }
        return problems;
    }

    /**
     * Whether a provider may receive a kind of information about the child now, and why: the first
     * active consent that covers both, or the reason none does.
     */
    public static Sharing sharing(
            UUID providerId, InformationKind kind, Collection<ConsentView> consents, Instant now, LocalDate today) {
        List<ConsentView> naming = consents.stream()
                .filter(c -> c.providerIds().contains(providerId)
                        && (kind == null || c.information().contains(kind)))
                .toList();
        for (ConsentView c : naming) {
            if (c.activeAt(now, today)) {
                return new Sharing(providerId, true, "consent.sharing.covered", c);
            }
        }
        if (naming.isEmpty()) {
            return new Sharing(providerId, false, "consent.sharing.none", null);
        }
        ConsentView last = naming.get(0);
        String reason = last.withdrawnAt() != null
                ? "consent.sharing.withdrawn"
                : last.expiredOn(today)
                        ? "consent.sharing.expired"
                        : last.pending() ? "consent.sharing.pending" : "consent.sharing.notYet";
        return new Sharing(providerId, false, reason, last);
    }

    /**
     * What withdrawing a consent now takes away (issue 8 item 3): for each provider it names, the
     * kinds of information it names that no other consent of the same child, active now, still lets
     * the provider receive. Nothing when the consent does not hold now (expired, not yet given or
     * already withdrawn).
     */
    static List<Loss> withdrawalLosses(
            ConsentView withdrawn, Collection<ConsentView> consents, Instant now, LocalDate today) {
        if (!withdrawn.activeAt(now, today)) {
            return List.of();
        }
        List<ConsentView> others = consents.stream()
                .filter(c -> c.childId().equals(withdrawn.childId()) && !c.id().equals(withdrawn.id()))
                .toList();
        List<Loss> losses = new ArrayList<>();
        for (UUID provider : withdrawn.providerIds()) {
            Set<InformationKind> lost = EnumSet.noneOf(InformationKind.class);
            for (InformationKind kind : withdrawn.information()) {
                if (!sharing(provider, kind, others, now, today).allowed()) {
                    lost.add(kind);
                }
            }
            if (!lost.isEmpty()) {
                losses.add(new Loss(provider, lost));
            }
        }
        return losses;
    }

    /** A provider that loses the kinds of information when a consent is withdrawn. */
    record Loss(UUID providerId, Set<InformationKind> kinds) {}

    /**
     * Problems with a consent a guardian gives digitally, as (field, message key): it names
     * providers and kinds of information, and does not end before today (it is given today).
     */
    static List<Problem> digitalProblems(DigitalConsent c, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (c.providerIds().isEmpty()) {
            problems.add(new Problem("providerIds", "consent.providers.required"));
        }
        if (c.information().isEmpty()) {
            problems.add(new Problem("information", "consent.information.required"));
        }
        if (c.expiresOn() != null && c.expiresOn().isBefore(today)) {
            problems.add(new Problem("expiresOn", "consent.expiresOn.beforeGiven"));
        }
        return problems;
    }

    /** The guardians with parental responsibility: who give a consent for the child and confirm one given digitally. */
    static List<UUID> responsibleGuardians(FamilyDetails family) {
        return family.guardians().stream()
                .filter(GuardianSummary::parentalResponsibility)
                .map(GuardianSummary::id)
                .toList();
    }

    /** A problem with a field, with the arguments its message names (e.g. an age from the settings). */
    public record Problem(String field, String messageKey, Object... args) {}

    /** The answer for one provider: may it receive information now, why, and under which consent. */
    public record Sharing(UUID providerId, boolean allowed, String reasonKey, ConsentView consent) {}

    /**
     * A consent a guardian gives in the family portal for the child: the providers, the kinds of
     * information and, if limited, its last day. The guardians who must confirm it are every
     * guardian with parental responsibility.
     */
    public record DigitalConsent(
            UUID childId, Set<UUID> providerIds, Set<InformationKind> information, LocalDate expiresOn) {}

    /** A consent to record. */
    public record NewConsent(
            UUID childId,
            ConsentGiver givenBy,
            Set<UUID> guardianIds,
            Set<UUID> providerIds,
            Set<InformationKind> information,
            ConsentForm form,
            LocalDate givenOn,
            LocalDate expiresOn) {}
}
