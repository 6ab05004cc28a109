package no.helhet.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.shared.RulesProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mine familier": a child who turns 18 within the right-ending notice ({@code helhet.rules.right-ending-notice}),
 * when the right to a barnekoordinator ends. The family page shows it with the children instead.
 */
@Component
class TurningEighteenGlance implements FamilyGlance {

    private final ChildRepository children;
    private final RulesProperties rules;
    private final Clock clock;

    TurningEighteenGlance(ChildRepository children, RulesProperties rules, Clock clock) {
        this.children = children;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String template() {
        return "family/glance";
    }

    @Override
    public String anchor() {
        return "section-children";
    }

    @Override
    public Column column() {
        return Column.DUE;
    }

    @Override
    public boolean onFamilyPage() {
        return false;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Turning> forFamilies(Collection<UUID> familyIds) {
        if (familyIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        return children.findByFamilyIdIn(familyIds).stream()
                .map(ChildSummary::of)
                .flatMap(c -> turning(c, today).stream())
                .collect(Collectors.toMap(
                        Turning::familyId,
                        t -> t,
                        (a, b) -> Comparator.comparing(Turning::on).compare(a, b) <= 0 ? a : b));
    }

    /** The child's 18th birthday when it falls from today to the end of the notice. */
    Optional<Turning> turning(ChildSummary child, LocalDate today) {
        return child.turns18On()
                .filter(on -> !on.isBefore(today) && !on.isAfter(today.plus(rules.rightEndingNotice())))
                .map(on -> new Turning(child.familyId(), child.givenName(), on));
    }

    /** A child's 18th birthday (the earliest in the family). */
    record Turning(UUID familyId, String givenName, LocalDate on) {}
}
