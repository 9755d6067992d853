package org.innograph.entity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.innograph.graph.Basis;
import org.innograph.graph.Language;
import org.innograph.graph.LocalizedText;
import org.innograph.graph.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The rules that keep a sum of money honest, on small hand-made sets of facts: a total
 * and its shares count once, different periods and precisions are not mixed, and whatever
 * is not added is listed with its reason.
 */
class AmountSumsTests {

	private static final BigDecimal EOK = BigDecimal.TEN.pow(8);

	private static final Entity A = entity("item:a");

	private static final Entity B = entity("item:b");

	private static final Entity C = entity("item:c");

	@Test
	void aTotalAndItsSharesCountOnce() {
		// 001 L583: 약 3조 5,065억 원 (국 2,630, 지 1,650, 공 27,885, 민 2,900).
		List<AmountSums.Row> rows = List.of(row(A, "budget", 35065, true, "2023", "2027"),
				row(A, "budgetNational", 2630, false, "2023", "2027"),
				row(A, "budgetLocal", 1650, false, "2023", "2027"),
				row(A, "budgetPublic", 27885, false, "2023", "2027"),
				row(A, "budgetPrivate", 2900, false, "2023", "2027"));
		Amounts sum = sum(rows, AmountSums.Group.NONE, false);
		assertThat(sum.total().won()).isEqualByComparingTo(eok(35065));
		assertThat(sum.total().approximate()).isTrue();
		assertThat(sum.total().facts()).extracting(Fact::id).containsExactly("item:a#budget");
		assertThat(sum.notAdded()).isEmpty();
		assertThat(sum.buckets()).singleElement().satisfies((bucket) -> {
			assertThat(bucket.key()).isNull();
			assertThat(bucket.won()).isEqualByComparingTo(eok(35065));
		});

		Amounts byPayer = sum(rows, AmountSums.Group.PAYER, false);
		assertThat(byPayer.buckets()).extracting(Amounts.Sum::key, (b) -> b.won().divide(EOK))
			.containsExactly(tuple("PUBLIC", new BigDecimal(27885)), tuple("PRIVATE", new BigDecimal(2900)),
					tuple("NATIONAL", new BigDecimal(2630)), tuple("LOCAL", new BigDecimal(1650)));
		// The shares add up to the total: nothing is left out, and the total is the same.
		assertThat(byPayer.notAdded()).isEmpty();
		assertThat(byPayer.total().won()).isEqualByComparingTo(eok(35065));
		assertThat(byPayer.buckets().get(0).label().en()).isEqualTo("Public bodies (공)");
	}

	@Test
	void sharesThatDoNotAddUpToTheTotalAreAddedByPayerAndTheTotalIsListed() {
		// 001 L745: 70억 원 with 국 48, 시 30 (the seed's note says they do not add up).
		List<AmountSums.Row> rows = List.of(row(A, "budget", 70, false, "2023", "2024"),
				row(A, "budgetNational", 48, false, "2023", "2024"), row(A, "budgetLocal", 30, false, "2023", "2024"));
		assertThat(sum(rows, AmountSums.Group.NONE, false).total().won()).isEqualByComparingTo(eok(70));
		Amounts byPayer = sum(rows, AmountSums.Group.PAYER, false);
		assertThat(byPayer.total().won()).isEqualByComparingTo(eok(78));
		assertThat(byPayer.notAdded()).singleElement().satisfies((item) -> {
			assertThat(item.fact().id()).isEqualTo("item:a#budget");
			assertThat(item.reason()).isEqualTo(AmountSums.Reason.SHARES_DIFFER);
			assertThat(AmountTexts.explanation(item, Language.EN))
				.isEqualTo("A total whose shares add up to 7.8 billion won instead; the shares are added");
		});
	}

	@Test
	void sharesWithoutATotalAreAddedOnlyByPayer() {
		// 004 L6: 국비 270억 원 and no total.
		List<AmountSums.Row> rows = List.of(row(A, "budgetNational", 270, false, "2021", "2025"),
				row(B, "budget", 100, false, "2021", "2025"));
		Amounts plain = sum(rows, AmountSums.Group.NONE, false);
		assertThat(plain.total().won()).isEqualByComparingTo(eok(100));
		assertThat(plain.notAdded()).extracting((item) -> item.fact().id(), Amounts.NotAdded::reason)
			.containsExactly(tuple("item:a#budgetNational#2021", AmountSums.Reason.SHARE_WITHOUT_TOTAL));
		Amounts byPayer = sum(rows, AmountSums.Group.PAYER, false);
		assertThat(byPayer.buckets()).extracting(Amounts.Sum::key, (b) -> b.won().divide(EOK))
			.containsExactly(tuple("NATIONAL", new BigDecimal(270)), tuple(null, new BigDecimal(100)));
		assertThat(byPayer.buckets().get(1).label().en()).isEqualTo("Payer not stated");
		assertThat(byPayer.notAdded()).isEmpty();
	}

	@Test
	void amountsOverDifferentPeriodsAreNotAddedAndSaySo() {
		List<AmountSums.Row> rows = List.of(row(A, "budget", 3000, false, "2023", "2027"),
				row(B, "budget", 1500, true, "2023", "2027"), row(C, "budget", 100, false, "2024", "2028"),
				yearly(C, "budget", 3, "2023"));
		Amounts sum = sum(rows, AmountSums.Group.NONE, false);
		assertThat(sum.total().won()).isEqualByComparingTo(eok(4500));
		assertThat(sum.total().from().text()).isEqualTo("2023");
		assertThat(sum.total().to().text()).isEqualTo("2027");
		assertThat(sum.notAdded())
			.extracting((item) -> item.fact().id(), Amounts.NotAdded::reason, Amounts.NotAdded::detail)
			.containsExactlyInAnyOrder(tuple("item:c#budget#2024", AmountSums.Reason.OTHER_PERIOD, "2023–2027"),
					tuple("item:c#budget#2023", AmountSums.Reason.OTHER_PERIOD, "2023–2027"));

		Amounts byPeriod = sum(rows, AmountSums.Group.PERIOD, false);
		assertThat(byPeriod.total()).isNull();
		assertThat(byPeriod.notAdded()).isEmpty();
		assertThat(byPeriod.buckets()).extracting(Amounts.Sum::key, (b) -> b.won().divide(EOK))
			.containsExactly(tuple("2023/2027", new BigDecimal(4500)), tuple("2024/2028", new BigDecimal(100)),
					tuple("2023", new BigDecimal(3)));
	}

	@Test
	void theSumsPeriodIsTheOneMostAmountsCoverThenTheLargerSum() {
		List<AmountSums.Row> rows = List.of(row(A, "budget", 10, false, "2023", "2027"),
				row(B, "budget", 500, false, "2024", "2028"));
		// One amount each: the larger sum's period wins, whatever the order of rows.
		assertThat(sum(rows, AmountSums.Group.NONE, false).total().won()).isEqualByComparingTo(eok(500));
		assertThat(sum(List.of(rows.get(1), rows.get(0)), AmountSums.Group.NONE, false).total().won())
			.isEqualByComparingTo(eok(500));
	}

	@Test
	void precisionIsKeptOrExactAmountsAloneAreAdded() {
		List<AmountSums.Row> rows = List.of(row(A, "budget", 3000, false, "2023", "2027"),
				row(B, "budget", 1500, true, "2023", "2027"));
		Amounts mixed = sum(rows, AmountSums.Group.NONE, false);
		assertThat(mixed.total().won()).isEqualByComparingTo(eok(4500));
		assertThat(mixed.total().approximate()).isTrue();
		Amounts exact = sum(rows, AmountSums.Group.NONE, true);
		assertThat(exact.total().won()).isEqualByComparingTo(eok(3000));
		assertThat(exact.total().approximate()).isFalse();
		assertThat(exact.notAdded()).extracting(Amounts.NotAdded::reason)
			.containsExactly(AmountSums.Reason.APPROXIMATE);
	}

	@Test
	void countsAndAmountsWithoutAPeriodAreListedNotAdded() {
		Fact count = new Fact("item:a#centres", "centres", 49.0, null, "개", null, false, null, null, null, null, null,
				Basis.STATED, null);
		List<AmountSums.Row> rows = List.of(new AmountSums.Row(count, A, List.of()),
				row(B, "budget", 490, false, null, null), row(C, "budget", 1, false, "2023", "2027"));
		Amounts sum = sum(rows, AmountSums.Group.NONE, false);
		assertThat(sum.total().won()).isEqualByComparingTo(eok(1));
		assertThat(sum.notAdded()).extracting(Amounts.NotAdded::reason)
			.containsExactly(AmountSums.Reason.NOT_MONEY, AmountSums.Reason.NO_PERIOD);
		assertThat(AmountTexts.explanation(sum.notAdded().get(0), Language.KO)).isEqualTo("원 단위 금액이 아님 (단위: 개)");
	}

	@Test
	void aTotalWithoutAPeriodIsListedOnceNotOncePerShare() {
		// 001 L2140: 490억 원 (국비 245억 원, 시비 245억 원), no period given.
		List<AmountSums.Row> rows = List.of(row(A, "budget", 490, false, null, null),
				row(A, "budgetNational", 245, false, null, null), row(A, "budgetLocal", 245, false, null, null));
		assertThat(sum(rows, AmountSums.Group.NONE, false).notAdded())
			.extracting((item) -> item.fact().id(), Amounts.NotAdded::reason)
			.containsExactly(tuple("item:a#budget", AmountSums.Reason.NO_PERIOD));
		// By payer the shares stand for it, each without a period.
		assertThat(sum(rows, AmountSums.Group.PAYER, false).notAdded())
			.extracting((item) -> item.fact().id(), Amounts.NotAdded::reason)
			.containsExactly(tuple("item:a#budgetLocal", AmountSums.Reason.NO_PERIOD),
					tuple("item:a#budgetNational", AmountSums.Reason.NO_PERIOD));
	}

	@Test
	void anApproximateTotalIsListedOnceWhenOnlyExactAmountsAreAsked() {
		List<AmountSums.Row> rows = List.of(row(A, "budget", 35065, true, "2023", "2027"),
				row(A, "budgetNational", 2630, false, "2023", "2027"), row(B, "budget", 3000, false, "2023", "2027"));
		Amounts exact = sum(rows, AmountSums.Group.NONE, true);
		assertThat(exact.total().won()).isEqualByComparingTo(eok(3000));
		assertThat(exact.notAdded()).extracting((item) -> item.fact().id(), Amounts.NotAdded::reason)
			.containsExactly(tuple("item:a#budget", AmountSums.Reason.APPROXIMATE));
	}

	@Test
	void anAmountInTwoBucketsCountsInEachAndOnceInTheTotal() {
		List<AmountSums.Row> rows = List.of(
				new AmountSums.Row(fact(A, "budget", 100, false, "2023", "2027", ""), A, List.of("org:one", "org:two")),
				new AmountSums.Row(fact(B, "budget", 50, false, "2023", "2027", ""), B, List.of()));
		Amounts byOwner = AmountSums.sum(rows, "budget", AmountSums.Group.OWNER, false,
				Map.of("org:one", entity("org:one")));
		assertThat(byOwner.buckets()).extracting(Amounts.Sum::key, (b) -> b.won().divide(EOK))
			.containsExactly(tuple("org:one", new BigDecimal(100)), tuple("org:two", new BigDecimal(100)),
					tuple(null, new BigDecimal(50)));
		assertThat(byOwner.buckets().get(0).entity().id()).isEqualTo("org:one");
		assertThat(byOwner.total().won()).isEqualByComparingTo(eok(150));
		assertThat(byOwner.total().factCount()).isEqualTo(2);
	}

	private static Amounts sum(List<AmountSums.Row> rows, AmountSums.Group group, boolean exactOnly) {
		return AmountSums.sum(rows, "budget", group, exactOnly, Map.of());
	}

	private static AmountSums.Row row(Entity entity, String key, double eok, boolean approximate, String from,
			String to) {
		return new AmountSums.Row(fact(entity, key, eok, approximate, from, to, ""), entity, List.of());
	}

	private static AmountSums.Row yearly(Entity entity, String key, double eok, String year) {
		Fact fact = new Fact(entity.id() + "#" + key + "#" + year, key, eok, null, "억 원", eok * 1e8, false, null,
				PartialDate.parse(year), null, null, null, Basis.STATED, null);
		return new AmountSums.Row(fact, entity, List.of());
	}

	private static Fact fact(Entity entity, String key, double eok, boolean approximate, String from, String to,
			String suffix) {
		String id = entity.id() + "#" + key + ((from != null && !"2023".equals(from)) ? "#" + from : "") + suffix;
		return new Fact(id, key, eok, null, "억 원", eok * 1e8, approximate, null, null,
				(from != null) ? PartialDate.parse(from) : null, (to != null) ? PartialDate.parse(to) : null, null,
				Basis.PLANNED, null);
	}

	private static BigDecimal eok(long value) {
		return BigDecimal.valueOf(value).multiply(EOK);
	}

	private static Entity entity(String id) {
		return new Entity(id, "PLAN_ITEM", "sub-task", new LocalizedText(id + " ko", id + " en"), List.of(), List.of(),
				null, null, null, null, null, null, null);
	}

}
