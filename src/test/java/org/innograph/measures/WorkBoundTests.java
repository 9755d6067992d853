package org.innograph.measures;

import org.innograph.api.ApiException;
import org.innograph.api.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A projection read with the limits of {@link WorkBound} is refused exactly when its
 * whole would be: entities × (entities + relationships) over the bound. Checked for every
 * small bound and projection against that definition, reading as the database would: at
 * most the limit's rows.
 */
class WorkBoundTests {

	@Test
	void limitedReadsRefuseExactlyTheProjectionsOverTheBound() {
		for (long maxWork = 1; maxWork <= 64; maxWork++) {
			WorkBound bound = new WorkBound(maxWork);
			// Up to 9 entities (81 > 64) and 65 relationships: every case of
			// each bound, under it and over it.
			for (int entities = 0; entities <= 9; entities++) {
				for (int relationships = 0; relationships <= 65; relationships++) {
					boolean over = (long) entities * (entities + relationships) > maxWork;
					boolean refused = refusedAfterLimitedReads(bound, entities, relationships);
					assertThat(refused).as("bound %d, %d entities, %d relationships", maxWork, entities, relationships)
						.isEqualTo(over);
				}
			}
		}
	}

	@Test
	void theEntitiesAreReadUpToOneMoreThanTheSquareRootOfTheBound() {
		assertThat(new WorkBound(100_000).entityRows()).isEqualTo(317);
		assertThat(new WorkBound(20_000_000).entityRows()).isEqualTo(4_473);
		assertThat(new WorkBound(16).entityRows()).isEqualTo(5);
		assertThat(new WorkBound(Long.MAX_VALUE).entityRows()).isEqualTo(3_037_000_500L);
	}

	@Test
	void aRefusalFromAStoppedReadSaysItsCountsAreLowerBounds() {
		WorkBound bound = new WorkBound(100_000);
		assertThatThrownBy(() -> bound.checkEntities(317)).isInstanceOfSatisfying(ApiException.class, (ex) -> {
			assertThat(ex.code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
			assertThat(ex.getMessage()).contains("at least 317 entities")
				.contains("317 × (317 + 0) = 100,489 at least, over 100,000");
			assertThat(ex.extensions()).containsEntry("entities", 317L)
				.containsEntry("work", 100_489L)
				.containsEntry("exact", false);
		});
		assertThatThrownBy(() -> bound.checkLinks(268, 106)).isInstanceOfSatisfying(ApiException.class,
				(ex) -> assertThat(ex.getMessage()).contains("268 entities and at least 106 relationships"));
		bound.checkLinks(268, 105);
	}

	/**
	 * Reads as {@link NetworkReads} does, the database giving at most the limit's rows;
	 * true when a check refused the projection.
	 */
	private static boolean refusedAfterLimitedReads(WorkBound bound, int entities, int relationships) {
		int entityRows = (int) Math.min(entities, bound.entityRows());
		try {
			bound.checkEntities(entityRows);
			int linkRows = (int) Math.min(relationships, bound.linkRows(entityRows));
			bound.checkLinks(entityRows, (entities == 0) ? 0 : linkRows);
			// Not refused: the reads were whole.
			assertThat(entityRows).isEqualTo(entities);
			assertThat((entities == 0) ? relationships : linkRows).isEqualTo(relationships);
			return false;
		}
		catch (ApiException ex) {
			return true;
		}
	}

}
