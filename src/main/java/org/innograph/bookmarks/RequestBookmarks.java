package org.innograph.bookmarks;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.neo4j.driver.Bookmark;

/**
 * The bookmarks of one HTTP request: those the client sent (every transaction of the
 * request begins from them) and those the database returned for the request's last write
 * (they go back to the client).
 */
final class RequestBookmarks {

	/** The HTTP header that carries bookmarks both ways, several separated by commas. */
	static final String HEADER = "X-Neo4j-Bookmark";

	/**
	 * Most bookmarks one request may send: a client needs one per database it wrote to.
	 */
	static final int MAX_BOOKMARKS = 16;

	// Neo4j's bookmarks are opaque; today they are short base64 texts with a prefix
	// ("FB:…"). This only
	// keeps out what cannot be one (spaces, quotes, control characters, kilobytes); the
	// database judges
	// the rest and rejects a bookmark it did not issue.
	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9:+/=._-]{1,512}");

	private static final ThreadLocal<RequestBookmarks> current = new ThreadLocal<>();

	private final Set<Bookmark> requested;

	private volatile Set<Bookmark> written = Set.of();

	RequestBookmarks(Set<Bookmark> requested) {
		this.requested = Set.copyOf(requested);
	}

	/** The thread-local that holds the bookmarks of the request this thread works for. */
	static ThreadLocal<RequestBookmarks> holder() {
		return current;
	}

	/** What the client sent; empty outside a request. */
	static Set<Bookmark> requestedNow() {
		RequestBookmarks bookmarks = current.get();
		return (bookmarks != null) ? bookmarks.requested : Set.of();
	}

	Set<Bookmark> requested() {
		return this.requested;
	}

	/**
	 * The bookmarks after the request's last committed write; empty when it wrote
	 * nothing.
	 */
	Set<Bookmark> written() {
		return this.written;
	}

	void wrote(Collection<Bookmark> bookmarks) {
		this.written = Set.copyOf(bookmarks);
	}

	/**
	 * The bookmarks in the values of the header (each a comma-separated list).
	 * @throws IllegalArgumentException with a message for the client when one is
	 * malformed or there are too many
	 */
	static Set<Bookmark> parse(List<String> headerValues) {
		Set<Bookmark> bookmarks = new LinkedHashSet<>();
		for (String value : headerValues) {
			for (String part : value.split(",", -1)) {
				String text = part.strip();
				if (!WELL_FORMED.matcher(text).matches()) {
					throw new IllegalArgumentException("The " + HEADER
							+ " header must hold bookmarks as this service returned them, separated by commas; '"
							+ abbreviate(text) + "' is not one.");
				}
				bookmarks.add(Bookmark.from(text));
			}
		}
		if (bookmarks.size() > MAX_BOOKMARKS) {
			throw new IllegalArgumentException("The " + HEADER + " header holds " + bookmarks.size()
					+ " bookmarks; the limit is " + MAX_BOOKMARKS + ".");
		}
		return bookmarks;
	}

	/** The header value for these bookmarks, in a stable order. */
	static String format(Collection<Bookmark> bookmarks) {
		return bookmarks.stream().map(Bookmark::value).sorted().collect(Collectors.joining(","));
	}

	private static String abbreviate(String text) {
		String printable = text.replaceAll("[^\\x20-\\x7e]", "?");
		return (printable.length() > 40) ? printable.substring(0, 40) + "…" : printable;
	}

}
