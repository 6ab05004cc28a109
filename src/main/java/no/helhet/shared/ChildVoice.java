package no.helhet.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The child's voice where a decision is made (LAW.md §5 item 26): the child's views and how they
 * were obtained, or why the child was not heard; from the age of great weight, how the views were
 * weighed. Recorded on the decision (the views) and on the appointment (the child's wish).
 *
 * @param views the child's own views (or wish), in the child's words where possible
 * @param how how the views were obtained (a conversation, a drawing, through the parents …)
 * @param notHeardReason why the child was not heard, instead of views
 * @param weighing how the views were weighed (asked from the age of great weight)
 */
public record ChildVoice(String views, String how, ChildNotHeardReason notHeardReason, String weighing) {

    /** The part of the voice a problem belongs to, for placing the message next to its field. */
    public enum Part {
        VIEWS,
        HOW,
        WEIGHING
    }

    /** A problem with the child's voice: the part, the message key and its arguments. */
    public record Problem(Part part, String messageKey, Object... args) {}

    /** An empty voice, for a child too young or not yet born. */
    public static ChildVoice none() {
        return new ChildVoice(null, null, null, null);
    }

    /** Whether the child must be heard at this age (an expected child is not). */
    public static boolean mustBeHeard(Optional<Integer> age, RulesProperties rules) {
        return age.map(a -> a >= rules.childHeardFromAge()).orElse(false);
    }

    /** Whether the child's views carry great weight at this age. */
    public static boolean greatWeight(Optional<Integer> age, RulesProperties rules) {
        return age.map(a -> a >= rules.childGreatWeightFromAge()).orElse(false);
    }

    /**
     * What is missing before a decision can be made for a child of this age: from {@code
     * child-heard-from-age} the views and how they were obtained, or why the child was not heard; from
     * {@code child-great-weight-from-age}, when the child was heard, how the views were weighed.
     */
    public List<Problem> problems(Optional<Integer> age, RulesProperties rules) {
        List<Problem> problems = new ArrayList<>();
        if (!mustBeHeard(age, rules)) {
            return problems;
        }
        int years = age.orElseThrow();
        if (notHeardReason != null) {
            return problems;
        }
        if (blank(views)) {
            problems.add(new Problem(Part.VIEWS, "childVoice.views.required", years, rules.childHeardFromAge()));
        }
        if (blank(how)) {
            problems.add(new Problem(Part.HOW, "childVoice.how.required"));
        }
        if (greatWeight(age, rules) && blank(weighing)) {
            problems.add(
                    new Problem(Part.WEIGHING, "childVoice.weighing.required", years, rules.childGreatWeightFromAge()));
        }
        return problems;
    }

    /** The voice as stored: a child not heard keeps no views, and text is stripped. */
    public ChildVoice normalised() {
        if (notHeardReason != null) {
            return new ChildVoice(null, null, notHeardReason, null);
        }
        return new ChildVoice(strip(views), strip(how), null, strip(weighing));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
