package org.innograph.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A validated page request: {@code first} between 1 and the maximum, and where to
 * continue.
 * <p>
 * A cursor names the list it belongs to ({@code list}: a fingerprint of the field, its
 * owner and its arguments), the item it points at ({@code after}: that item's id) and
 * that item's position when it was handed out. A page continues <em>after that item</em>,
 * wherever it now is, so records added before it do not shift the next page (keyset
 * order, with the list's own order as the key); a cursor of another list, or one whose
 * item has left the list, is refused rather than answered with a wrong page. The position
 * only spares a search for the item when nothing moved. Clients must not build cursors:
 * their text is base64url and may change.
 *
 * @param first the page size
 * @param offset the position of the page's first item: the cursor's position plus one (a
 * hint until a read resolves it, see {@link #startingAt})
 * @param after the id of the item to continue after, or null for the first page
 * @param list the fingerprint of the list the page is of
 */
public record Paging(int first, int offset, String after, String list) {

	public static final int DEFAULT_SIZE = 20;

	/** Longer texts are not cursors this API issued; refused before any decoding. */
	static final int MAX_CURSOR_LENGTH = 1_000;

	private static final String VERSION = "c1";

	/**
	 * Checks the arguments before anything reaches the database; {@code max} is the
	 * configured largest page (limits.PageSizes), and a missing {@code first} asks for
	 * the default page or the largest, if smaller. {@code list} is the fingerprint of the
	 * list asked for ({@link #listOf}).
	 */
	public static Paging of(Integer first, String cursor, int max, String list) {
		return of(first, cursor, max, list, DEFAULT_SIZE);
	}

	/**
	 * As {@link #of(Integer, String, int, String)}, for a list whose default page is
	 * {@code defaultSize} (its schema's default).
	 */
	public static Paging of(Integer first, String cursor, int max, String list, int defaultSize) {
		int size = (first != null) ? first : Math.min(defaultSize, max);
		if (size < 1 || size > max) {
			throw ApiException.badRequest("'first' must be between 1 and " + max + ", was " + size);
		}
		if (cursor == null) {
			return new Paging(size, 0, null, list);
		}
		Cursor decoded = Cursor.decode(cursor);
		if (!decoded.list().equals(list)) {
			throw ApiException.badRequest("'after' is a cursor of another list (another field, entity or arguments); "
					+ "a cursor continues only the list it came from");
		}
		return new Paging(size, decoded.position() + 1, decoded.id(), list);
	}

	/**
	 * The fingerprint of a list: the field (e.g. {@code Entity.relationships}), the id of
	 * the object it hangs on (or null) and its arguments but the paging ones, in a stable
	 * order. Two requests for the same list give the same text; any other argument, owner
	 * or field gives another.
	 */
	public static String listOf(String field, String owner, Map<String, Object> arguments) {
		Map<String, Object> rest = new HashMap<>(arguments);
		rest.remove("first");
		rest.remove("after");
		String identity = field + "\n" + Objects.toString(owner, "") + "\n" + canonical(rest);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

	/**
	 * A value as text with the keys of every map sorted, so that clients writing an input
	 * object's fields in another order ask for the same list.
	 */
	private static String canonical(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, String> sorted = new TreeMap<>();
			map.forEach((key, item) -> sorted.put(String.valueOf(key), canonical(item)));
			return sorted.toString();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Paging::canonical).toList().toString();
		}
		return String.valueOf(value);
	}

	/**
	 * The parameters a statement that pages a collected list takes: {@code $first} and
	 * {@code $after} (the id to continue after, or null). See
	 * {@code store.PageSlices#slice}.
	 */
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("first", this.first);
		parameters.put("after", this.after);
		return parameters;
	}

	/**
	 * This page as a read resolved it: its first item is at {@code start}. A negative
	 * start means the item to continue after is no longer in the list (retired, or moved
	 * out by an edit): a bad request, because any page would be a guess.
	 */
	public Paging startingAt(long start) {
		if (start < 0) {
			throw ApiException.badRequest("'after' points at an item that is no longer in this list; "
					+ "ask again without 'after' to start from the beginning");
		}
		return new Paging(this.first, Math.toIntExact(start), this.after, this.list);
	}

	/**
	 * This page resolved in a list held in memory: {@link #startingAt} the position after
	 * the item with the cursor's id.
	 */
	public Paging within(List<String> ids) {
		if (this.after == null) {
			return startingAt(0);
		}
		int hinted = this.offset - 1;
		if (hinted < ids.size() && this.after.equals(ids.get(hinted))) {
			return startingAt(this.offset);
		}
		return startingAt((ids.indexOf(this.after) >= 0) ? ids.indexOf(this.after) + 1 : -1);
	}

	/** The cursor of the i-th item of this page, whose id is {@code id}. */
	public String cursorAt(int indexInPage, String id) {
		return new Cursor(this.list, this.offset + indexInPage, id).encode();
	}

	/**
	 * Page information for a page whose items have these ids, out of {@code total}.
	 */
	public PageInfo pageInfo(List<String> ids, long total) {
		int size = ids.size();
		return new PageInfo(this.offset + size < total, this.offset > 0, (size > 0) ? cursorAt(0, ids.get(0)) : null,
				(size > 0) ? cursorAt(size - 1, ids.get(size - 1)) : null);
	}

	/**
	 * What a cursor holds. Its text is base64url of {@code c1:list:position:id}; the id
	 * comes last because ids may hold colons.
	 */
	record Cursor(String list, int position, String id) {

		String encode() {
			String text = VERSION + ":" + this.list + ":" + this.position + ":" + this.id;
			return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
		}

		static Cursor decode(String cursor) {
			try {
				if (cursor.length() > MAX_CURSOR_LENGTH) {
					throw new IllegalArgumentException("too long");
				}
				String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
				String[] parts = text.split(":", 4);
				if (parts.length != 4 || !VERSION.equals(parts[0]) || parts[1].isEmpty() || parts[3].isEmpty()) {
					throw new IllegalArgumentException("not a cursor");
				}
				int position = Integer.parseInt(parts[2]);
				if (position < 0) {
					throw new IllegalArgumentException("negative position");
				}
				return new Cursor(parts[1], position, parts[3]);
			}
			catch (IllegalArgumentException ex) {
				throw ApiException.badRequest("'after' is not a cursor this API issued: "
						+ ((cursor.length() > 100) ? cursor.substring(0, 100) + "…" : cursor));
			}
		}

	}

}
