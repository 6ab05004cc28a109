package no.helhet.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access rule of a handler that reads or changes one family's data. Before the handler runs,
 * the family is found from the named id by the {@link FamilyLocator} of the module that owns it,
 * the rule is checked, and the access log gets a record, granted or denied. A refused access and
 * an unknown id both answer "not found".
 *
 * <pre>{@code
 * @FamilyAccess(rule = CASE_WORK, id = "assessmentId", action = CHANGE, what = "decision.make")
 * @PostMapping("/assessments/{assessmentId}/decisions")
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface FamilyAccess {

    /** Who may. */
    AccessRule rule();

    /** The path variable (or request parameter) that holds the id, e.g. {@code "requestId"}. */
    String id();

    /** What is done, for the access log. */
    AccessAction action();

    /** Which page or change, for the access log (e.g. {@code "decision.make"}). */
    String what();
}
