package no.helhet.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access rule of a handler of the coordinating unit's work that concerns no one family yet (a
 * new family, the search, the worklist). Before the handler runs, the role is checked and the
 * access log gets a record without a family; families shown are recorded by the handler with
 * {@link AccessPolicy#recordListed}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CaseWorkAccess {

    /** What is done, for the access log. */
    AccessAction action();

    /** Which page or change, for the access log. */
    String what();
}
