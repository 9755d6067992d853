package org.innograph.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Page requests are checked before anything reaches the database: {@code first} within 1
 * and the maximum, {@code after} only a cursor this API issued for this list; a page
 * continues after the cursor's item wherever that item now is.
 */
class PagingTests {

	private static final String LIST = Paging.listOf("Query.entities", null, Map.of("kinds", List.of("COUNCIL")));

	private static final List<String> IDS = List.of("a", "b", "c", "d", "e", "f", "g", "h");

	@Test
	void withoutArgumentsThePageIsTheDefaultSizeFromTheStart() {
		assertThat(of(null, null)).isEqualTo(new Paging(Paging.DEFAULT_SIZE, 0, null, LIST));
		assertThat(Paging.DEFAULT_SIZE).isEqualTo(20);
	}

	@Test
	void aSmallerMaximumAlsoCapsTheDefault() {
		assertThat(of(null, null, 5).first()).isEqualTo(5);
		assertThat(of(null, null, 50).first()).isEqualTo(20);
	}

	@Test
	void firstMayBeOneAndTheMaximum() {
		assertThat(of(1, null).first()).isEqualTo(1);
		assertThat(of(100, null).first()).isEqualTo(100);
		assertThat(of(7, null, 7).first()).isEqualTo(7);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -1, 101, Integer.MIN_VALUE, Integer.MAX_VALUE })
	void firstOutsideOneToTheMaximumIsABadRequestThatSaysTheRange(int first) {
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> of(first, null))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.BAD_REQUEST))
			.withMessage("'first' must be between 1 and 100, was " + first);
	}

	@Test
	void theMaximumOfTheCallerIsTheOneEnforced() {
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> of(11, null, 10))
			.withMessageContaining("between 1 and 10");
	}

	@Test
	void aCursorIsOpaqueUrlSafeBase64WithoutPaddingThatShowsNeitherPositionNorId() {
		String cursor = of(5, null).startingAt(12340).cursorAt(5, "org:kari");
		assertThat(cursor).matches("[A-Za-z0-9_-]+").doesNotContain("12345", "kari");
		assertThat(decoded(cursor)).isEqualTo("c1:" + LIST + ":12345:org:kari");
	}

	@Test
	void afterACursorThePageContinuesAfterItsItem() {
		String cursor = of(5, null).startingAt(40).cursorAt(1, "council:no-23");
		Paging next = of(10, cursor);
		assertThat(next.after()).isEqualTo("council:no-23");
		assertThat(next.offset()).isEqualTo(42);
		assertThat(next.parameters()).containsEntry("after", "council:no-23").containsEntry("first", 10);
	}

	@Test
	void aPageContinuesWhereTheLastCursorOfThePreviousPageLeftOff() {
		Paging first = of(3, null).within(IDS);
		PageInfo one = first.pageInfo(IDS.subList(0, 3), 8);
		Paging second = of(3, one.endCursor()).within(IDS);
		PageInfo two = second.pageInfo(IDS.subList(3, 6), 8);
		Paging third = of(3, two.endCursor()).within(IDS);
		PageInfo three = third.pageInfo(IDS.subList(6, 8), 8);
		assertThat(second.offset()).isEqualTo(3);
		assertThat(third.offset()).isEqualTo(6);
		assertThat(List.of(one.hasNextPage(), two.hasNextPage(), three.hasNextPage())).containsExactly(true, true,
				false);
		assertThat(List.of(one.hasPreviousPage(), two.hasPreviousPage(), three.hasPreviousPage()))
			.containsExactly(false, true, true);
		assertThat(decoded(three.startCursor())).endsWith(":6:g");
		assertThat(decoded(three.endCursor())).endsWith(":7:h");
	}

	@Test
	void recordsAddedBeforeTheCursorsItemDoNotShiftTheNextPage() {
		String endOfFirstPage = of(3, null).within(IDS).pageInfo(IDS.subList(0, 3), 8).endCursor();
		// Two records sort before "c" now: by position the next page would repeat b and
		// c.
		List<String> grown = List.of("0", "1", "a", "b", "c", "d", "e", "f", "g", "h");
		Paging next = of(3, endOfFirstPage).within(grown);
		assertThat(next.offset()).isEqualTo(5);
		assertThat(grown.subList(next.offset(), next.offset() + 3)).containsExactly("d", "e", "f");
	}

	@Test
	void aCursorWhoseItemLeftTheListIsABadRequest() {
		String endOfFirstPage = of(3, null).within(IDS).pageInfo(IDS.subList(0, 3), 8).endCursor();
		Paging next = of(3, endOfFirstPage);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> next.within(List.of("a", "b", "d", "e")))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.BAD_REQUEST))
			.withMessageContaining("no longer in this list");
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> next.startingAt(-1))
			.withMessageContaining("no longer in this list");
	}

	@Test
	void aCursorOfAnotherListIsABadRequest() {
		String cursor = of(3, null).startingAt(0).cursorAt(2, "c");
		String otherArguments = Paging.listOf("Query.entities", null, Map.of("kinds", List.of("CLUSTER")));
		String otherField = Paging.listOf("Query.search", null, Map.of("kinds", List.of("COUNCIL")));
		String otherOwner = Paging.listOf("Query.entities", "org:kari", Map.of("kinds", List.of("COUNCIL")));
		for (String list : List.of(otherArguments, otherField, otherOwner)) {
			assertThatExceptionOfType(ApiException.class).isThrownBy(() -> Paging.of(3, cursor, 100, list))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.BAD_REQUEST))
				.withMessageContaining("cursor of another list");
		}
	}

	@Test
	void theListIgnoresPagingArgumentsAndTheOrderOfKeys() {
		Map<String, Object> one = new LinkedHashMap<>();
		one.put("region", "region:daejeon");
		one.put("filter", Map.of("a", 1, "b", LocalDate.of(2023, 1, 1)));
		one.put("first", 5);
		Map<String, Object> two = new LinkedHashMap<>();
		two.put("after", "x");
		two.put("filter", new java.util.TreeMap<>(Map.of("b", LocalDate.of(2023, 1, 1), "a", 1)).descendingMap());
		two.put("region", "region:daejeon");
		assertThat(Paging.listOf("Query.entities", null, one)).isEqualTo(Paging.listOf("Query.entities", null, two));
	}

	@Test
	void anEmptyPageHasNoCursors() {
		assertThat(of(5, null).pageInfo(List.of(), 0)).isEqualTo(new PageInfo(false, false, null, null));
		assertThat(of(5, null).startingAt(10).pageInfo(List.of(), 10)).isEqualTo(new PageInfo(false, true, null, null));
	}

	@Test
	void aPageEndingExactlyAtTheTotalHasNoNextPage() {
		assertThat(of(5, null).pageInfo(IDS.subList(0, 5), 5).hasNextPage()).isFalse();
		assertThat(of(5, null).pageInfo(IDS.subList(0, 5), 6).hasNextPage()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "!!!", "o:1", "bzow", "YzE6eDoxOmE", "YzE6eDotMTph", "YzI6eDoxOmE", "YzE6eDphOmE",
			"YzE6eDoxOg", "YzE6eDo5OTk5OTk5OTk5OTk5OTph" })
	void anythingButAnIssuedCursorIsABadRequestNamingIt(String after) {
		// Not base64, plain text, an old offset cursor ("o:0"), a cursor of the list "x"
		// (another list: see below), a negative position, another version, a position
		// that is not a number, no id, a position past int.
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> of(5, after))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.BAD_REQUEST))
			.withMessageStartingWith("'after' is ");
	}

	@Test
	void theTestCursorsAboveAreWhatTheirCommentSays() {
		// Spelled out here so that the cases above test what they claim.
		assertThat(decoded("bzow")).isEqualTo("o:0");
		assertThat(decoded("YzE6eDoxOmE")).isEqualTo("c1:x:1:a");
		assertThat(decoded("YzE6eDotMTph")).isEqualTo("c1:x:-1:a");
		assertThat(decoded("YzI6eDoxOmE")).isEqualTo("c2:x:1:a");
		assertThat(decoded("YzE6eDphOmE")).isEqualTo("c1:x:a:a");
		assertThat(decoded("YzE6eDoxOg")).isEqualTo("c1:x:1:");
		assertThat(decoded("YzE6eDo5OTk5OTk5OTk5OTk5OTph")).isEqualTo("c1:x:99999999999999:a");
	}

	@Test
	void aVeryLongTextIsRefusedWithoutBeingEchoedInFull() {
		String after = "A".repeat(100_000);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> of(5, after))
			.satisfies((ex) -> assertThat(ex.getMessage()).hasSizeLessThan(200));
	}

	private static String decoded(String cursor) {
		return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
	}

	/**
	 * The configured maximum by default ({@code innograph.limits.max-page-size}, 100).
	 */
	private static Paging of(Integer first, String after) {
		return Paging.of(first, after, 100, LIST);
	}

	private static Paging of(Integer first, String after, int max) {
		return Paging.of(first, after, max, LIST);
	}

}
