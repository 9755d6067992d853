package org.innograph.api;

import java.util.Map;

/** A failure a client should see as it is: a code and a plain message. */
public class ApiException extends RuntimeException {

	private final ErrorCode code;

	private final Map<String, Object> extensions;

	public ApiException(ErrorCode code, String message) {
		this(code, message, Map.of());
	}

	/**
	 * With more {@code extensions} next to the code, e.g. {@code fieldErrors} of a
	 * rejected input.
	 */
	public ApiException(ErrorCode code, String message, Map<String, Object> extensions) {
		super(message);
		this.code = code;
		this.extensions = Map.copyOf(extensions);
	}

	public ErrorCode code() {
		return this.code;
	}

	/** What the error carries besides its code. */
	public Map<String, Object> extensions() {
		return this.extensions;
	}

	public static ApiException badRequest(String message) {
		return new ApiException(ErrorCode.BAD_REQUEST, message);
	}

	public static ApiException notFound(String message) {
		return new ApiException(ErrorCode.NOT_FOUND, message);
	}

}
