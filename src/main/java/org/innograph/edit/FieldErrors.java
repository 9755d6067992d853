package org.innograph.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innograph.api.ApiException;
import org.innograph.api.ErrorCode;

/**
 * Collects every problem of an input, each under the path of its field ({@code date},
 * {@code evidence[0].source}, {@code relationships[1].from}), so an editor sees them all
 * at once.
 */
final class FieldErrors {

	private final List<Map<String, Object>> errors = new ArrayList<>();

	private int conflicts;

	void add(String field, String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("message", message);
		this.errors.add(error);
	}

	/**
	 * A problem with the state of the graph rather than the input itself: the id is
	 * taken. When every problem is one of these the answer is CONFLICT, the same a writer
	 * gets who loses a race to create the same id.
	 */
	void conflict(String field, String message) {
		add(field, message);
		this.conflicts++;
	}

	boolean isEmpty() {
		return this.errors.isEmpty();
	}

	/**
	 * Throws BAD_REQUEST (CONFLICT when every problem is a taken id) with
	 * {@code extensions.fieldErrors} if anything was collected.
	 */
	void throwIfAny() {
		if (this.errors.isEmpty()) {
			return;
		}
		String summary = this.errors.size() == 1
				? "Invalid input: " + this.errors.get(0).get("field") + ": " + this.errors.get(0).get("message")
				: "Invalid input: " + this.errors.size() + " problems (see extensions.fieldErrors)";
		ErrorCode code = (this.conflicts == this.errors.size()) ? ErrorCode.CONFLICT : ErrorCode.BAD_REQUEST;
		throw new ApiException(code, summary, Map.of("fieldErrors", List.copyOf(this.errors)));
	}

	/** Paths of the collected errors, for tests and logs. */
	List<String> fields() {
		return this.errors.stream().map((error) -> (String) error.get("field")).toList();
	}

}
