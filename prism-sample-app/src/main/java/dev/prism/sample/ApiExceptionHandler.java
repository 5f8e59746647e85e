package dev.prism.sample;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers bad input with {@code 400} and a problem detail that says what was wrong, so that
 * a bad sort property, flag or attribute name is rejected before any SQL runs.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail illegalArgument(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	/**
	 * Repositories report invalid arguments, such as an unknown bulk update attribute, as
	 * {@code IllegalArgumentException}s that Spring's persistence exception translation
	 * wraps.
	 */
	@ExceptionHandler(InvalidDataAccessApiUsageException.class)
	ProblemDetail invalidDataAccessApiUsage(InvalidDataAccessApiUsageException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail dataIntegrityViolation(DataIntegrityViolationException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The change conflicts with existing data, such as a live customer with the same email");
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		String type = (ex.getRequiredType() != null) ? ex.getRequiredType().getSimpleName() : "another type";
		ProblemDetail body = createProblemDetail(ex, status,
				"Parameter '%s' must be a %s".formatted(name, type.toLowerCase(Locale.ROOT)), null, null, request);
		return handleExceptionInternal(ex, body, headers, status, request);
	}

	/**
	 * A body of unknown length that passed the size limit while it was read is too large,
	 * not malformed.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (request.getAttribute(RequestSizeLimitFilter.EXCEEDED, RequestAttributes.SCOPE_REQUEST) != null) {
			HttpStatus tooLarge = HttpStatus.CONTENT_TOO_LARGE;
			ProblemDetail body = createProblemDetail(ex, tooLarge, "The request body is too large", null, null,
					request);
			return handleExceptionInternal(ex, body, headers, tooLarge, request);
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<String> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> error.getField() + ": " + error.getDefaultMessage())
			.sorted()
			.toList();
		ProblemDetail body = createProblemDetail(ex, status, "Invalid request: " + String.join("; ", errors), null,
				null, request);
		body.setProperty("errors", errors);
		return handleExceptionInternal(ex, body, headers, status, request);
	}

}
