package org.innograph.limits;

import java.time.Duration;

import org.innograph.api.ApiException;
import org.innograph.api.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A page request is bounded by the configured largest page, whether it is raised or
 * lowered from 100.
 */
class PageSizesTests {

	@Test
	void aRaisedLimitLetsLargerPagesThroughAndStopsAtItself() {
		PageSizes sizes = new PageSizes(limits(250));
		assertThat(sizes.paging(250, null, "list").first()).isEqualTo(250);
		assertThat(sizes.paging(101, null, "list").first()).isEqualTo(101);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> sizes.paging(251, null, "list"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.BAD_REQUEST))
			.withMessageContaining("between 1 and 250");
	}

	@Test
	void aLoweredLimitRefusesWhatTheDefaultWouldAllowAndShrinksTheDefaultPage() {
		PageSizes sizes = new PageSizes(limits(10));
		assertThat(sizes.paging(10, null, "list").first()).isEqualTo(10);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> sizes.paging(11, null, "list"))
			.withMessageContaining("between 1 and 10");
		// Without 'first', the default page (20) is cut to the configured largest.
		assertThat(sizes.paging(null, null, "list").first()).isEqualTo(10);
	}

	@Test
	void theDefaultLimitIsAHundred() {
		PageSizes sizes = new PageSizes(limits(100));
		assertThat(sizes.paging(null, null, "list").first()).isEqualTo(20);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> sizes.paging(101, null, "list"));
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> sizes.paging(0, null, "list"));
	}

	private static LimitsProperties limits(int maxPageSize) {
		return new LimitsProperties(100_000, 20_000, 3000, 12, 30, 5000, maxPageSize, 600, 600, Duration.ofMinutes(1),
				20, 50);
	}

}
