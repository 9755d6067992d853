package org.innograph.bookmarks;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Bookmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The bookmark header: comma-separated bookmarks in one or more header values, only what
 * could be a bookmark, at most {@value RequestBookmarks#MAX_BOOKMARKS}; written back in a
 * stable order. The database judges whether a well-formed bookmark is one it issued
 * (BookmarkStallIT).
 */
class RequestBookmarksTests {

	private static final String FB = "FB:kcwQ3q6h+Q3bS8i2Y/pT0Jm1HZA=";

	@Test
	void bookmarksFromSeveralValuesAndCommasWithSpacesAroundThem() {
		assertThat(RequestBookmarks.parse(List.of("FB:a, FB:b", " FB:c "))).containsExactly(Bookmark.from("FB:a"),
				Bookmark.from("FB:b"), Bookmark.from("FB:c"));
	}

	@Test
	void aBookmarkAsNeo4jWritesItPasses() {
		assertThat(RequestBookmarks.parse(List.of(FB))).containsExactly(Bookmark.from(FB));
	}

	@Test
	void noHeaderIsNoBookmarks() {
		assertThat(RequestBookmarks.parse(List.of())).isEmpty();
	}

	@Test
	void theSameBookmarkTwiceCountsOnce() {
		assertThat(RequestBookmarks.parse(List.of("FB:a,FB:a", "FB:a"))).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "FB:a,", ",FB:a", "FB:a,,FB:b", "FB a", "FB:\"a\"", "FB:a;b", "FB:\u0000", "FB:한국",
			"FB:<script>" })
	void anythingThatCannotBeABookmarkIsRefusedWithAMessageForTheClient(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> RequestBookmarks.parse(List.of(value)))
			.withMessageStartingWith("The X-Neo4j-Bookmark header must hold bookmarks as this service returned them")
			.withMessageNotContaining("\u0000");
	}

	@Test
	void aBookmarkOfAtMost512CharactersPasses() {
		assertThat(RequestBookmarks.parse(List.of("B".repeat(512)))).hasSize(1);
		assertThatIllegalArgumentException().isThrownBy(() -> RequestBookmarks.parse(List.of("B".repeat(513))))
			.withMessageContaining("'" + "B".repeat(40) + "…' is not one");
	}

	@Test
	void theMessageShowsTheRefusedTextPrintableAndShort() {
		assertThatIllegalArgumentException().isThrownBy(() -> RequestBookmarks.parse(List.of("FB:\u0007x y")))
			.withMessageEndingWith("'FB:?x y' is not one.");
	}

	@Test
	void sixteenBookmarksPassAndSeventeenAreRefused() {
		List<String> sixteen = numbered(RequestBookmarks.MAX_BOOKMARKS);
		assertThat(RequestBookmarks.parse(List.of(String.join(",", sixteen)))).hasSize(16);
		List<String> seventeen = numbered(RequestBookmarks.MAX_BOOKMARKS + 1);
		assertThatIllegalArgumentException().isThrownBy(() -> RequestBookmarks.parse(seventeen))
			.withMessage("The X-Neo4j-Bookmark header holds 17 bookmarks; the limit is 16.");
	}

	@Test
	void theHeaderWrittenBackIsSortedSoTheSameBookmarksGiveTheSameText() {
		assertThat(
				RequestBookmarks.format(List.of(Bookmark.from("FB:c"), Bookmark.from("FB:a"), Bookmark.from("FB:b"))))
			.isEqualTo("FB:a,FB:b,FB:c");
		assertThat(RequestBookmarks.format(Collections.emptyList())).isEmpty();
		Set<Bookmark> parsed = RequestBookmarks
			.parse(List.of(RequestBookmarks.format(Set.of(Bookmark.from(FB), Bookmark.from("FB:z")))));
		assertThat(parsed).containsExactlyInAnyOrder(Bookmark.from(FB), Bookmark.from("FB:z"));
	}

	@Test
	void outsideARequestNothingIsRequestedAndInsideItIsWhatTheClientSent() {
		assertThat(RequestBookmarks.requestedNow()).isEmpty();
		RequestBookmarks request = new RequestBookmarks(Set.of(Bookmark.from("FB:a")));
		RequestBookmarks.holder().set(request);
		try {
			assertThat(RequestBookmarks.requestedNow()).containsExactly(Bookmark.from("FB:a"));
			assertThat(request.written()).as("nothing written yet").isEmpty();
			request.wrote(List.of(Bookmark.from("FB:b")));
			assertThat(request.written()).containsExactly(Bookmark.from("FB:b"));
			assertThat(request.requested()).containsExactly(Bookmark.from("FB:a"));
		}
		finally {
			RequestBookmarks.holder().remove();
		}
		assertThat(RequestBookmarks.requestedNow()).isEmpty();
	}

	private static List<String> numbered(int count) {
		return java.util.stream.IntStream.rangeClosed(1, count).mapToObj((i) -> "FB:" + i).toList();
	}

}
