package org.innograph.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The warm-up's questions are asked past the filters that authenticate writers, so its
 * file may hold queries only; the application's own file is read in its order.
 */
class WarmUpTests {

	@Test
	void theApplicationsQuestionsAreQueriesAskedInTheirOrder() {
		assertThat(new WarmUp(null).operations()).startsWith("Pick", "Home").contains("ThreeLevels", "Search");
	}

	@Test
	void aFileWithAMutationIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> new WarmUp(null, "warm-up/with-a-mutation.graphql"))
			.withMessageContaining("queries only")
			.withMessageContaining("Edit");
	}

}
