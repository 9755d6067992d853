package org.innograph.entity;

import java.math.BigDecimal;
import java.util.List;

import org.innograph.graph.PartialDate;

/**
 * The answer of {@code amounts}: the money facts a filter reaches, added once each, and
 * those it could not add with the reason.
 *
 * @param key the money key summed ({@code budget}, {@code production} …)
 * @param groupBy what the buckets group by
 * @param total every amount added, each once, over the sum's period; null when grouped by
 * period (the buckets then cover different periods, which do not add up)
 * @param buckets the sums per key of the grouping, largest first
 * @param notAdded the money facts reached but not added, each once, by fact id
 */
record Amounts(String key, AmountSums.Group groupBy, Sum total, List<Sum> buckets, List<NotAdded> notAdded) {

	/** How many facts were left out. */
	public int notAddedCount() {
		return this.notAdded.size();
	}

	/**
	 * A sum of amounts of won.
	 *
	 * @param key the bucket's key: an entity id, a payer (NATIONAL, LOCAL, PUBLIC,
	 * PRIVATE), a period (2023/2027), a kind, type …; null for the total and for the
	 * amounts without one
	 * @param label the key's name in both languages, where it has one
	 * @param entity the entity the key names
	 * @param won the sum in won
	 * @param approximate whether any amount added is approximate (약)
	 * @param from the start of the period the amounts cover
	 * @param to the end of that period
	 * @param facts the facts added, by id
	 */
	record Sum(String key, Counts.Label label, Entity entity, BigDecimal won, boolean approximate, PartialDate from,
			PartialDate to, List<Fact> facts) {

		public int factCount() {
			return this.facts.size();
		}

	}

	/**
	 * A money fact the sum reached and did not add.
	 *
	 * @param fact the fact
	 * @param entity the entity that holds it
	 * @param reason why it was not added
	 * @param detail what the reason refers to: the sum's period (OTHER_PERIOD), the unit
	 * (NOT_MONEY), the shares' sum in won (SHARES_DIFFER), the payer
	 * (SHARE_WITHOUT_TOTAL)
	 */
	record NotAdded(Fact fact, Entity entity, AmountSums.Reason reason, String detail) {
	}

}
