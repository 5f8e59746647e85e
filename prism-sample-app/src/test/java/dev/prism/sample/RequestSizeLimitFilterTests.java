package dev.prism.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * {@link RequestSizeLimitFilter} on bodies of known and unknown length.
 */
class RequestSizeLimitFilterTests {

	private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(DataSize.ofBytes(100));

	@Test
	void bodyOfUnknownLengthFailsOnceItPassesTheLimit() throws Exception {
		MockHttpServletRequest request = new ChunkedRequest("x".repeat(101));
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, new MockHttpServletResponse(), chain);
		HttpServletRequest limited = (HttpServletRequest) chain.getRequest();
		assertThatIOException().isThrownBy(() -> limited.getInputStream().readAllBytes())
			.withMessage("The request body is larger than 100 bytes");
		assertThat(request.getAttribute(RequestSizeLimitFilter.EXCEEDED)).isEqualTo(Boolean.TRUE);
	}

	@Test
	void bodyOfUnknownLengthWithinTheLimitIsReadWhole() throws Exception {
		MockHttpServletRequest request = new ChunkedRequest("x".repeat(100));
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, new MockHttpServletResponse(), chain);
		byte[] body = ((HttpServletRequest) chain.getRequest()).getInputStream().readAllBytes();
		assertThat(body).hasSize(100);
		assertThat(request.getAttribute(RequestSizeLimitFilter.EXCEEDED)).isNull();
	}

	@Test
	void declaredLengthOverTheLimitIsRejectedWithoutReading() throws IOException, jakarta.servlet.ServletException {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/customers");
		request.setContent(new byte[101]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(chain.getRequest()).isNull();
	}

	/**
	 * A request whose body arrives without a {@code Content-Length}.
	 */
	static class ChunkedRequest extends MockHttpServletRequest {

		ChunkedRequest(String body) {
			super("POST", "/api/customers");
			setContent(body.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public long getContentLengthLong() {
			return -1;
		}

		@Override
		public int getContentLength() {
			return -1;
		}

	}

}
