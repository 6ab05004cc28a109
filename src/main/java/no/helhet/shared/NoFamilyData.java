package no.helhet.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access rule of a handler that holds no family's data (login, start page, administration,
 * the provider register, aggregates): only the role, checked by the security configuration.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface NoFamilyData {

    /** What the handler shows instead, for the reader (e.g. "units and staff accounts"). */
    String value();
}
