package no.helhet.system;

import jakarta.servlet.http.HttpServletResponse;
import no.helhet.assessment.AssessmentFrozenException;
import no.helhet.audit.FamilyAccessDeniedException;
import no.helhet.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps failures to pages that reveal nothing: unknown ids and refused families are both "not
 * found"; a concurrent edit that a form did not catch is a conflict page. Never a stack trace.
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

    @ExceptionHandler(MissingServletRequestParameterException.class)
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
}
