package no.helhet.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A POST handler that creates a record. Every form rendered with {@code th:action} carries a
 * one-time token ({@code _formToken}); the first submission with a token runs the handler, a second
 * one with the same token (a double click, a resent form, a second node) does not: it is redirected to
 * what the first one made, with the message that it was already registered. Kept in the database, so
 * it holds across nodes. {@code FormTokenTest} enumerates the POST handlers and fails on a creating
 * one without this annotation.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OneTimeForm {}
