package org.innograph.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innograph.api.ApiException;
import org.innograph.api.ErrorCode;

/**
 * Collects every problem of an input, each under the path of its field ({@code date},
 * {@code evidence[0].source}, {@code relationships[1].from}), so an editor sees them all at once.
 */
final class FieldErrors {

	private final List<Map<String, Object>> errors = new ArrayList<>();

	void add(String field, String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("message", message);
		this.errors.add(error);
	}

	boolean isEmpty() {
		return this.errors.isEmpty();
	}

	/** Throws BAD_REQUEST with {@code extensions.fieldErrors} if anything was collected. */
	void throwIfAny() {
		if (this.errors.isEmpty()) {
			return;
		}
		String summary = this.errors.size() == 1
				? "Invalid input: " + this.errors.get(0).get("field") + ": " + this.errors.get(0).get("message")
				: "Invalid input: " + this.errors.size() + " problems (see extensions.fieldErrors)";
		throw new ApiException(ErrorCode.BAD_REQUEST, summary, Map.of("fieldErrors", List.copyOf(this.errors)));
	}

	/** Paths of the collected errors, for tests and logs. */
	List<String> fields() {
		return this.errors.stream().map((error) -> (String) error.get("field")).toList();
	}

}
