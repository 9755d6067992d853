package org.innograph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A validated page request: {@code first} between 1 and the maximum, {@code after} an
 * opaque cursor this API handed out. Cursors are positions in a stable order; clients
 * must not build them.
 */
public record Paging(int first, int offset) {

	public static final int DEFAULT_SIZE = 20;

	private static final String PREFIX = "o:";

	/**
	 * Checks the arguments before anything reaches the database; {@code max} is the
	 * configured largest page (limits.PageSizes), and a missing {@code first} asks for
	 * the default page or the largest, if smaller.
	 */
	public static Paging of(Integer first, String after, int max) {
		int size = (first != null) ? first : Math.min(DEFAULT_SIZE, max);
		if (size < 1 || size > max) {
			throw ApiException.badRequest("'first' must be between 1 and " + max + ", was " + size);
		}
		return new Paging(size, (after != null) ? decode(after) + 1 : 0);
	}

	static String cursor(int position) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
	}

	private static int decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (!text.startsWith(PREFIX)) {
				throw new IllegalArgumentException(cursor);
			}
			int position = Integer.parseInt(text.substring(PREFIX.length()));
			if (position < 0) {
				throw new IllegalArgumentException(cursor);
			}
			return position;
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.badRequest("'after' is not a cursor this API issued: " + cursor);
		}
	}

	/** The cursor of the i-th item of this page. */
	public String cursorAt(int indexInPage) {
		return cursor(this.offset + indexInPage);
	}

	/** Page information for a page of {@code size} items out of {@code total}. */
	public PageInfo pageInfo(int size, long total) {
		return new PageInfo(this.offset + size < total, this.offset > 0, (size > 0) ? cursorAt(0) : null,
				(size > 0) ? cursorAt(size - 1) : null);
	}

}
