package no.helhet.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access rule of a handler that shows or changes only the current user's own work: the
 * families appointed to them, their own tasks, the families an active consent lets their provider
 * see. The handler selects by the current user, and records every family it lists with {@link
 * AccessPolicy#recordListed}; the role is checked by the security configuration.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OwnWorkAccess {

    /** Why the handler's selection is the user's own, for the reader. */
    String value();
}
