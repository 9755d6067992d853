package org.innograph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Page requests are checked before anything reaches the database: {@code first} within 1
 * and the maximum, {@code after} only a cursor this API issued; page information follows
 * from the offset and the total.
 */
class PagingTests {

	@Test
	void withoutArgumentsThePageIsTheDefaultSizeFromTheStart() {
		assertThat(of(null, null)).isEqualTo(new Paging(Paging.DEFAULT_SIZE, 0));
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
	void aCursorIsOpaqueUrlSafeBase64WithoutPadding() {
		// "o:0" in base64url without '=': clients see no position, and the text is safe
		// in a URL.
		assertThat(Paging.cursor(0)).isEqualTo("bzow");
		assertThat(Paging.cursor(12345)).doesNotContain("=", "+", "/").doesNotContain("12345");
	}

	@Test
	void afterACursorThePageStartsAtTheNextPosition() {
		assertThat(of(10, Paging.cursor(0)).offset()).isEqualTo(1);
		assertThat(of(10, Paging.cursor(41)).offset()).isEqualTo(42);
	}

	@Test
	void aPageContinuesWhereTheLastCursorOfThePreviousPageLeftOff() {
		Paging first = of(3, null);
		PageInfo one = first.pageInfo(3, 8);
		Paging second = of(3, one.endCursor());
		PageInfo two = second.pageInfo(3, 8);
		Paging third = of(3, two.endCursor());
		PageInfo three = third.pageInfo(2, 8);
		assertThat(second.offset()).isEqualTo(3);
		assertThat(third.offset()).isEqualTo(6);
		assertThat(one).isEqualTo(new PageInfo(true, false, Paging.cursor(0), Paging.cursor(2)));
		assertThat(two).isEqualTo(new PageInfo(true, true, Paging.cursor(3), Paging.cursor(5)));
		assertThat(three).isEqualTo(new PageInfo(false, true, Paging.cursor(6), Paging.cursor(7)));
	}

	@Test
	void anEmptyPageHasNoCursors() {
		assertThat(of(5, null).pageInfo(0, 0)).isEqualTo(new PageInfo(false, false, null, null));
		assertThat(of(5, Paging.cursor(9)).pageInfo(0, 10)).isEqualTo(new PageInfo(false, true, null, null));
	}

	@Test
	void aPageEndingExactlyAtTheTotalHasNoNextPage() {
		assertThat(of(5, null).pageInfo(5, 5).hasNextPage()).isFalse();
		assertThat(of(5, null).pageInfo(5, 6).hasNextPage()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "!!!", "o:1", "bzotMQ", "eDox", "bzphYmM", "bzo5OTk5OTk5OTk5OTk5OQ" })
	void anythingButAnIssuedCursorIsABadRequestNamingIt(String after) {
		// Not base64, unpadded plain text, a negative position ("o:-1"), another prefix
		// ("x:1"), not a
		// number ("o:abc"), a position past int: none is a cursor this API issued.
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> of(5, after))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.BAD_REQUEST))
			.withMessage("'after' is not a cursor this API issued: " + after);
	}

	@Test
	void theTestCursorsAboveAreWhatTheirCommentSays() {
		// Spelled out here so that the cases above test what they claim.
		assertThat(decoded("bzotMQ")).isEqualTo("o:-1");
		assertThat(decoded("eDox")).isEqualTo("x:1");
		assertThat(decoded("bzphYmM")).isEqualTo("o:abc");
		assertThat(decoded("bzo5OTk5OTk5OTk5OTk5OQ")).isEqualTo("o:99999999999999");
	}

	private static String decoded(String cursor) {
		return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
	}

	/**
	 * The configured maximum by default ({@code innograph.limits.max-page-size}, 100).
	 */
	private static Paging of(Integer first, String after) {
		return Paging.of(first, after, 100);
	}

	private static Paging of(Integer first, String after, int max) {
		return Paging.of(first, after, max);
	}

}
