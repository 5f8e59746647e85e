package dev.prism.sample;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects request bodies larger than a limit with {@code 413 Payload Too Large}: at once
 * when the declared {@code Content-Length} is over it, and while reading a body of unknown
 * length (chunked) as soon as it passes it, so that large bodies never fill the heap.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

	/**
	 * Request attribute set when a body of unknown length passed the limit while read.
	 */
	static final String EXCEEDED = RequestSizeLimitFilter.class.getName() + ".EXCEEDED";

	private final DataSize limit;

	RequestSizeLimitFilter(DataSize limit) {
		this.limit = limit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.limit.toBytes()) {
			reject(response, this.limit);
			return;
		}
		chain.doFilter((request.getContentLengthLong() < 0) ? new LimitedRequest(request, this.limit) : request,
				response);
	}

	static void reject(HttpServletResponse response, DataSize limit) throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"title\":\"Content Too Large\",\"status\":413,\"detail\":\"%s\"}".formatted(message(limit)));
	}

	static String message(DataSize limit) {
		return "The request body is larger than " + limit.toBytes() + " bytes";
	}

	/**
	 * A request whose body stream fails once more than the limit is read.
	 */
	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final DataSize limit;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, DataSize limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedStream(super.getInputStream());
			}
			return this.stream;
		}

		private final class LimitedStream extends ServletInputStream {

			private final ServletInputStream delegate;

			private long read;

			LimitedStream(ServletInputStream delegate) {
				this.delegate = delegate;
			}

			@Override
			public int read() throws IOException {
				int value = this.delegate.read();
				count((value >= 0) ? 1 : 0);
				return value;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int count = this.delegate.read(buffer, offset, length);
				count(Math.max(count, 0));
				return count;
			}

			private void count(int bytes) throws IOException {
				this.read += bytes;
				if (this.read > LimitedRequest.this.limit.toBytes()) {
					setAttribute(EXCEEDED, Boolean.TRUE);
					throw new IOException(message(LimitedRequest.this.limit));
				}
			}

			@Override
			public boolean isFinished() {
				return this.delegate.isFinished();
			}

			@Override
			public boolean isReady() {
				return this.delegate.isReady();
			}

			@Override
			public void setReadListener(ReadListener listener) {
				this.delegate.setReadListener(listener);
			}

		}

	}

}
