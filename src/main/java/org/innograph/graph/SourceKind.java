package org.innograph.graph;

import java.util.Arrays;

/**
 * What kind of document a source is. The API names the kinds in upper case
 * (PRESS_RELEASE); the seed files and the database keep the lower-case words the seed
 * schema lists (press-release), mapped here and nowhere else.
 */
public enum SourceKind {

	PRESS_RELEASE("press-release"), PLAN("plan"), REPORT("report"), LAW("law"), WEB_PAGE("web-page");

	private final String stored;

	SourceKind(String stored) {
		this.stored = stored;
	}

	/** The word the seed and the database use. */
	public String stored() {
		return this.stored;
	}

	/** The kind stored as {@code word}; null for null. */
	public static SourceKind ofStored(String word) {
		if (word == null) {
			return null;
		}
		return Arrays.stream(values())
			.filter((kind) -> kind.stored.equals(word))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown source kind " + word));
	}

}
