package dev.prism.sample;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request that cannot be served, answered with a problem detail.
 */
class ApiException extends ErrorResponseException {

	private ApiException(HttpStatus status, String detail) {
		super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
	}

	static ApiException notFound(String what, Long id) {
		return new ApiException(HttpStatus.NOT_FOUND, "No %s with id %d".formatted(what, id));
	}

	static ApiException conflict(String detail) {
		return new ApiException(HttpStatus.CONFLICT, detail);
	}

}
