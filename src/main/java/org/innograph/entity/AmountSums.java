package org.innograph.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.innograph.graph.PartialDate;

/**
 * Adds money facts so that no amount counts twice and none is added to one it cannot be
 * added to. The rules, in order:
 * <ol>
 * <li>only amounts of won are added (else NOT_MONEY);</li>
 * <li>a budget total and its shares (budgetNational, budgetLocal, budgetPublic,
 * budgetPrivate) on one entity over one period are one amount: the total is added, or,
 * grouped by payer, the shares are (a total whose shares add up to something else is
 * listed, SHARES_DIFFER); shares with no total are added only by payer (else
 * SHARE_WITHOUT_TOTAL);</li>
 * <li>only amounts with a stated period are added (else NO_PERIOD), and with
 * {@code exactOnly} only exact ones (else APPROXIMATE);</li>
 * <li>amounts over different periods are not added together: the sum covers the period
 * most amounts cover (then the larger sum, then the earlier start), the others are listed
 * (OTHER_PERIOD); grouped by period, each bucket is one period and there is no
 * total.</li>
 * </ol>
 * A fact in several buckets (an item with two owners) counts in each bucket and once in
 * the total.
 */
final class AmountSums {

	/** The key of a budget total; its shares name the payer. */
	static final String BUDGET = "budget";

	/** The share keys of a budget and the payer each names (국, 지, 공, 민). */
	static final Map<String, String> SHARES = Map.of("budgetNational", "NATIONAL", "budgetLocal", "LOCAL",
			"budgetPublic", "PUBLIC", "budgetPrivate", "PRIVATE");

	/** The payers' names; the empty key is the amounts whose payer no share names. */
	static final Map<String, Counts.Label> PAYER_LABELS = Map.of("NATIONAL",
			new Counts.Label("국비 (국)", "National government (국)"), "LOCAL",
			new Counts.Label("지방비 (지)", "Local government (지)"), "PUBLIC",
			new Counts.Label("공공 (공)", "Public bodies (공)"), "PRIVATE", new Counts.Label("민간 (민)", "Private (민)"), "",
			new Counts.Label("지급 주체 미기재", "Payer not stated"));

	private AmountSums() {
	}

	/** What a sum groups amounts by; see the schema's {@code AmountGroup}. */
	enum Group {

		NONE(null), ENTITY(null), PAYER(null), PERIOD(null), KIND(EntityReads.CountGroup.KIND),
		TYPE(EntityReads.CountGroup.TYPE), REGION(EntityReads.CountGroup.REGION), SECTOR(EntityReads.CountGroup.SECTOR),
		OWNER(EntityReads.CountGroup.OWNER), PARENT(EntityReads.CountGroup.PARENT);

		/**
		 * The grouping of entities whose keys this one uses; null when keys come from the
		 * fact.
		 */
		final EntityReads.CountGroup entityGroup;

		Group(EntityReads.CountGroup entityGroup) {
			this.entityGroup = entityGroup;
		}

	}

	/** Why an amount was not added; see the schema's {@code AmountExclusion}. */
	enum Reason {

		NOT_MONEY, NO_PERIOD, APPROXIMATE, SHARE_WITHOUT_TOTAL, SHARES_DIFFER, OTHER_PERIOD

	}

	/** The fact keys a sum of {@code key} reads: a budget brings its shares. */
	static List<String> keysRead(String key) {
		if (BUDGET.equals(key)) {
			List<String> keys = new ArrayList<>(List.of(BUDGET));
			keys.addAll(SHARES.keySet().stream().sorted().toList());
			return keys;
		}
		return List.of(key);
	}

	/**
	 * A money fact as read, with its entity and the keys the entity holds in the grouping
	 * (for groupings by entity: kind, region, owner …).
	 */
	record Row(Fact fact, Entity entity, List<String> groupKeys) {
	}

	/** A period: from and to, equal for a fact dated by one year, month or day. */
	record Period(PartialDate from, PartialDate to) {

		static Period of(Fact fact) {
			if (fact.date() != null) {
				return new Period(fact.date(), fact.date());
			}
			return (fact.from() != null || fact.to() != null) ? new Period(fact.from(), fact.to()) : null;
		}

		/**
		 * 2023/2027, 2023 for one date, ../2023 for an open start (ISO 8601 intervals).
		 */
		String key() {
			if (Objects.equals(this.from, this.to)) {
				return this.from.text();
			}
			return ((this.from != null) ? this.from.text() : "..") + "/" + ((this.to != null) ? this.to.text() : "..");
		}

		/** 2023–2027, 2023, …–2023. */
		String text() {
			if (Objects.equals(this.from, this.to)) {
				return this.from.text();
			}
			return ((this.from != null) ? this.from.text() : "…") + "–" + ((this.to != null) ? this.to.text() : "…");
		}

		private long start() {
			return (this.from != null) ? this.from.start().toEpochDay() : Long.MIN_VALUE;
		}

	}

	/**
	 * Adds the facts of {@code rows} (the facts of the keys {@link #keysRead} names, on
	 * the entities a filter matches).
	 * @param key the key summed
	 * @param group the grouping
	 * @param exactOnly whether approximate amounts are left out
	 * @param keyEntities the entities bucket keys name (regions, owners …), by id
	 */
	static Amounts sum(List<Row> rows, String key, Group group, boolean exactOnly, Map<String, Entity> keyEntities) {
		List<Amounts.NotAdded> notAdded = new ArrayList<>();
		List<Row> money = new ArrayList<>();
		for (Row row : rows) {
			if (row.fact().won() == null) {
				notAdded.add(new Amounts.NotAdded(row.fact(), row.entity(), Reason.NOT_MONEY, row.fact().unit()));
			}
			else {
				money.add(row);
			}
		}
		// A total and its shares become one amount first, so that an amount that cannot
		// be
		// added is listed once, not once per share.
		List<Row> amounts = BUDGET.equals(key) ? budgets(money, group == Group.PAYER, notAdded) : money;
		List<Row> added = new ArrayList<>();
		for (Row row : amounts) {
			if (Period.of(row.fact()) == null) {
				notAdded.add(new Amounts.NotAdded(row.fact(), row.entity(), Reason.NO_PERIOD, null));
			}
			else if (exactOnly && row.fact().approximate()) {
				notAdded.add(new Amounts.NotAdded(row.fact(), row.entity(), Reason.APPROXIMATE, null));
			}
			else {
				added.add(row);
			}
		}
		Period period = (group != Group.PERIOD && !added.isEmpty()) ? mainPeriod(added) : null;
		if (period != null) {
			List<Row> inPeriod = new ArrayList<>();
			for (Row row : added) {
				if (Period.of(row.fact()).equals(period)) {
					inPeriod.add(row);
				}
				else {
					notAdded.add(new Amounts.NotAdded(row.fact(), row.entity(), Reason.OTHER_PERIOD, period.text()));
				}
			}
			added = inPeriod;
		}
		Map<String, List<Row>> byKey = new LinkedHashMap<>();
		for (Row row : added) {
			for (String bucketKey : bucketKeys(row, group)) {
				byKey.computeIfAbsent(bucketKey, (k) -> new ArrayList<>()).add(row);
			}
		}
		List<Amounts.Sum> buckets = new ArrayList<>();
		for (Map.Entry<String, List<Row>> bucket : byKey.entrySet()) {
			String bucketKey = bucket.getKey();
			List<Row> bucketRows = bucket.getValue();
			Entity entity = (bucketKey == null) ? null
					: (group == Group.ENTITY) ? bucketRows.get(0).entity() : keyEntities.get(bucketKey);
			Period bucketPeriod = (group == Group.PERIOD) ? Period.of(bucketRows.get(0).fact()) : period;
			Counts.Label label = (entity != null) ? new Counts.Label(entity.name().ko(), entity.name().en())
					: (group == Group.PAYER) ? PAYER_LABELS.get(Objects.requireNonNullElse(bucketKey, ""))
							: (group == Group.PERIOD) ? new Counts.Label(bucketPeriod.text(), bucketPeriod.text())
									: null;
			buckets.add(sumOf(bucketKey, label, entity, bucketRows, bucketPeriod));
		}
		buckets.sort(Comparator.comparing(Amounts.Sum::won)
			.reversed()
			.thenComparing(Amounts.Sum::key, Comparator.nullsLast(Comparator.naturalOrder())));
		Amounts.Sum total = (group == Group.PERIOD) ? null : sumOf(null, null, null, added, period);
		notAdded.sort(Comparator.comparing((Amounts.NotAdded item) -> item.fact().id()));
		return new Amounts(key, group, total, buckets, notAdded);
	}

	/**
	 * A budget total and its shares over one period on one entity are one amount: the
	 * total, or by payer its shares.
	 */
	private static List<Row> budgets(List<Row> rows, boolean byPayer, List<Amounts.NotAdded> notAdded) {
		Map<List<Object>, List<Row>> byEntityAndPeriod = new LinkedHashMap<>();
		rows.forEach((row) -> byEntityAndPeriod
			.computeIfAbsent(Arrays.asList(row.entity().id(), Period.of(row.fact())), (k) -> new ArrayList<>())
			.add(row));
		List<Row> added = new ArrayList<>();
		byEntityAndPeriod.values().forEach((group) -> {
			List<Row> totals = group.stream().filter((row) -> BUDGET.equals(row.fact().key())).toList();
			List<Row> shares = group.stream().filter((row) -> SHARES.containsKey(row.fact().key())).toList();
			if (byPayer && !shares.isEmpty()) {
				added.addAll(shares);
				BigDecimal shareSum = won(shares);
				totals.stream()
					.filter((total) -> won(List.of(total)).compareTo(shareSum) != 0)
					.forEach((total) -> notAdded.add(new Amounts.NotAdded(total.fact(), total.entity(),
							Reason.SHARES_DIFFER, shareSum.toPlainString())));
			}
			else if (!totals.isEmpty()) {
				added.addAll(totals);
			}
			else {
				shares.forEach((share) -> notAdded.add(new Amounts.NotAdded(share.fact(), share.entity(),
						Reason.SHARE_WITHOUT_TOTAL, SHARES.get(share.fact().key()))));
			}
		});
		return added;
	}

	/**
	 * The period most amounts cover; then the one with the larger sum, then the earlier
	 * start, then by its text, so that the choice never depends on the order of rows.
	 */
	private static Period mainPeriod(List<Row> rows) {
		Map<Period, List<Row>> byPeriod = new LinkedHashMap<>();
		rows.forEach((row) -> byPeriod.computeIfAbsent(Period.of(row.fact()), (k) -> new ArrayList<>()).add(row));
		Comparator<Map.Entry<Period, List<Row>>> order = Comparator
			.comparing((Map.Entry<Period, List<Row>> entry) -> entry.getValue().size())
			.reversed()
			.thenComparing((entry) -> won(entry.getValue()), Comparator.reverseOrder())
			.thenComparingLong((entry) -> entry.getKey().start())
			.thenComparing((entry) -> entry.getKey().key());
		return byPeriod.entrySet().stream().sorted(order).findFirst().orElseThrow().getKey();
	}

	private static List<String> bucketKeys(Row row, Group group) {
		List<String> keys = switch (group) {
			case NONE -> Collections.singletonList(null);
			case ENTITY -> List.of(row.entity().id());
			case PAYER -> Collections.singletonList(SHARES.get(row.fact().key()));
			case PERIOD -> List.of(Period.of(row.fact()).key());
			default -> row.groupKeys();
		};
		return keys.isEmpty() ? Collections.singletonList(null) : keys;
	}

	private static Amounts.Sum sumOf(String key, Counts.Label label, Entity entity, List<Row> rows, Period period) {
		List<Fact> facts = rows.stream().map(Row::fact).distinct().sorted(Comparator.comparing(Fact::id)).toList();
		BigDecimal won = facts.stream().map(AmountSums::wonOf).reduce(BigDecimal.ZERO, BigDecimal::add);
		boolean approximate = facts.stream().anyMatch(Fact::approximate);
		return new Amounts.Sum(key, label, entity, won, approximate, (period != null) ? period.from() : null,
				(period != null) ? period.to() : null, facts);
	}

	private static BigDecimal won(Collection<Row> rows) {
		return rows.stream().map((row) -> wonOf(row.fact())).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Won are whole: the stored float holds them exactly up to 2^53. */
	private static BigDecimal wonOf(Fact fact) {
		return BigDecimal.valueOf(Math.round(fact.won()));
	}

}
