package no.helhet.system;

import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import no.helhet.assessment.AssessmentFrozenException;
import no.helhet.audit.FamilyAccessDeniedException;
import no.helhet.shared.NotFoundException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps failures to pages that reveal nothing: unknown ids and refused families are both "not
 * found"; a concurrent edit that a form did not catch is a conflict page; a database that cannot be
 * reached is "temporarily unavailable" (503), never a wrong password. Never a stack trace.
 */
@ControllerAdvice
class ErrorPages {

    @ExceptionHandler({NotFoundException.class, FamilyAccessDeniedException.class, NoResourceFoundException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    /** A malformed id in a URL path (not a UUID) is an unknown id; any other malformed parameter a bad request. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String malformedParameter(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
        boolean path = e.getParameter().hasParameterAnnotation(PathVariable.class);
        response.setStatus(path ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value());
        return path ? "error/404" : "error/400";
    }

    /**
     * A missing parameter, or a form field the binder cannot take (a list index above the binder's
     * limit, such as {@code children[5000].name}): a bad request, never a 500.
     */
    @ExceptionHandler({MissingServletRequestParameterException.class, InvalidPropertyException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest() {
        return "error/400";
    }

    /**
     * Someone else changed or decided the same record at the same moment (a version, a frozen
     * assessment, or a unique key caught it): nothing was overwritten; the user reloads and sees it.
     */
    @ExceptionHandler({
        OptimisticLockingFailureException.class,
        AssessmentFrozenException.class,
        DataIntegrityViolationException.class
    })
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict() {
        return "error/409";
    }

    /** How long a client is asked to wait before trying again when the database cannot be reached. */
    static final String RETRY_AFTER_SECONDS = "60";

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    String databaseUnreachable(HttpServletResponse response) {
        return unavailable(response);
    }

    /** 503 with Retry-After and the page that says the service is temporarily unavailable. */
    static String unavailable(HttpServletResponse response) {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return "error/503";
    }

    /**
     * Whether a failure means the database cannot be reached (refused or lost connection, shutting
     * down, starting up) rather than a fault in Helhet.
     */
    static boolean databaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
            // A rollback that fails on a lost connection hides the failure that made it roll back.
            if (t instanceof org.springframework.transaction.TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && databaseUnavailable(rollback.getApplicationException())) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
