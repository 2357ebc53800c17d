package id.simitra.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import id.simitra.shared.ConflictException;

/**
 * Maps domain failures to their pages. Only specific exceptions: Spring's own 4xx handling (bad
 * parameters, 404, 405) must stay untouched, and AccessDeniedException must reach Spring Security.
 */
@ControllerAdvice
class ErrorAdvice {

	private static final Log log = LogFactory.getLog(ErrorAdvice.class);

	@ExceptionHandler({ ObjectOptimisticLockingFailureException.class, ConflictException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(RuntimeException ex) {
		log.info("Conflict: " + ex.getMessage());
		return "error/409";
	}

}
