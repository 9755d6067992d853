package org.innograph.api;

/** A failure a client should see as it is: a code and a plain message. */
public class ApiException extends RuntimeException {

	private final ErrorCode code;

	public ApiException(ErrorCode code, String message) {
		super(message);
		this.code = code;
	}

	public ErrorCode code() {
		return this.code;
	}

	public static ApiException badRequest(String message) {
		return new ApiException(ErrorCode.BAD_REQUEST, message);
	}

	public static ApiException notFound(String message) {
		return new ApiException(ErrorCode.NOT_FOUND, message);
	}

}
