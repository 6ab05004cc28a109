package no.helhet.plan;

/** The written sections of a plan, each saved and locked on its own. */
public enum PlanSection {
    /** The child's and the family's own goals, in their own words. */
    OWN_GOALS,
    RESOURCES,
    NEEDS,
    CHILD_CONTRIBUTION,
    FAMILY_CONTRIBUTION,
    RELATIVES_CONTRIBUTION,
    /** The cooperation needed with others. */
    COOPERATION,
    /** What matters to me: the child's own views. */
    CHILD_VIEWS,
    CHILD_VIEWS_HOW,
    CHILD_VIEWS_BY;

    /** Whether the section carries the date it was obtained (the child's own views). */
    public boolean isDated() {
        return this == CHILD_VIEWS;
    }

    /** The item key in versions and the change log. */
    String itemKey() {
        return "section." + name();
    }

    /** The message key of the section's heading. */
    public String labelKey() {
        return "plan.section." + name();
    }
}
