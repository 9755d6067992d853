package org.innograph.graph;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amounts and counts as each language writes them. The expected texts are written by hand
 * from the sources' own figures (001 L583 약 3조 5,065억 원, 004 L6 국비 270억 원 …).
 */
class DisplayTextTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			35065  | 억 원 | true  | 약 3조 5,065억 원         | about 3.5065 trillion won
			270    | 억 원 | false | 270억 원                  | 27 billion won
			270    | 억 원 | true  | 약 270억 원               | about 27 billion won
			1000   | 억 원 | false | 1,000억 원                | 100 billion won
			35000  | 억 원 | false | 3조 5,000억 원            | 3.5 trillion won
			3.3    | 조 원 | true  | 약 3조 3,000억 원         | about 3.3 trillion won
			17     | 조 원 | false | 17조 원                   | 17 trillion won
			46.4   | 조 원 | false | 46조 4,000억 원           | 46.4 trillion won
			7547.8 | 억 원 | false | 7,547억 8,000만 원        | 754.78 billion won
			64.5   | 억 원 | false | 64억 5,000만 원           | 6.45 billion won
			3      | 억 원 | false | 3억 원                    | 300 million won
			0.5    | 억 원 | false | 5,000만 원                | 50 million won
			5000   | 만 원 | false | 5,000만 원                | 50 million won
			9500   | 원    | false | 9,500원                   | 9,500 won
			1234   | 조 원 | false | 1,234조 원                | 1,234 trillion won
			0      | 억 원 | false | 0원                       | 0 won
			""")
	void moneyInEachLanguage(BigDecimal value, String unit, boolean approximate, String korean, String english) {
		assertThat(DisplayText.quantity(value, unit, "budget", approximate, Language.KO)).isEqualTo(korean);
		assertThat(DisplayText.quantity(value, unit, "budget", approximate, Language.EN)).isEqualTo(english);
	}

	@Test
	void koreanWonBelowTenThousandStandsAfterTheLargerUnits() {
		assertThat(DisplayText.money(new BigDecimal("300000001"), false, Language.KO)).isEqualTo("3억 1 원");
		assertThat(DisplayText.money(new BigDecimal("-27000000000"), false, Language.KO)).isEqualTo("-270억 원");
	}

	@Test
	void englishSaysAboutWhenItsScaleDropsDigits() {
		// 1,234,567,891 won: 1.235 billion shown, so no longer exact.
		assertThat(DisplayText.money(new BigDecimal("1234567891"), false, Language.EN))
			.isEqualTo("about 1.235 billion won");
		assertThat(DisplayText.money(new BigDecimal("1234567891"), false, Language.KO)).isEqualTo("12억 3,456만 7,891 원");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			4521    | 명    | employees                   | false | 4,521명       | 4,521 people
			1       | 명    | members                     | false | 1명           | 1 person
			545     | 개    | companies                   | false | 545개         | 545 companies
			49      | 개    | attendingCentres            | false | 49개          | 49 centres
			1       | 개    | targetLargeCompanies        | false | 1개           | 1 company
			6       | 개    | nationalIndustrialComplexes | false | 6개           | 6 complexes
			123728  | 개    | businesses                  | false | 123,728개     | 123,728 businesses
			32      | 개    | subTaskCount                | false | 32개          | 32 items
			176     | 개    | lettersOfIntent             | false | 176개         | 176 items
			12      | 개    | companiesRaisingOver100bnWon| false | 12개          | 12 items
			1921    | 개사  | participatingCompanies      | false | 1,921개사     | 1,921 companies
			5465    | 건    | papers                      | false | 5,465건       | 5,465 papers
			8514    | 대    | sharedEquipment             | false | 8,514대       | 8,514 units
			1000    | 평    | area                        | false | 1,000평       | 1,000 pyeong
			1226    | 만 평 | area                        | false | 1,226만 평    | 12,260,000 pyeong
			48      | 만평  | area                        | true  | 약 48만평     | about 480,000 pyeong
			530     | 만㎡  | area                        | false | 530만㎡       | 5,300,000 m²
			34      | %     | convergencePatentShare      | false | 34%           | 34%
			2.23    | %     | grdpShareOfNation           | false | 2.23%         | 2.23%
			3       | 위    | employmentRateRank          | false | 3위           | 3rd
			1       | 위    | rank                        | false | 1위           | 1st
			2       | 위    | rank                        | false | 2위           | 2nd
			11      | 위    | rank                        | false | 11위          | 11th
			22      | 위    | rank                        | false | 22위          | 22nd
			50      | 주년  | anniversary                 | false | 50주년        | 50th anniversary
			17.68   | 점    | rCostiiScore                | false | 17.68점       | 17.68 points
			3497    | 점    | researchEquipmentItems      | false | 3,497점       | 3,497 items
			30      | 가지  | companyDataItems            | false | 30가지        | 30 items
			14.3    | 년    | averageCompanyAge           | false | 14.3년        | 14.3 years
			120000  | 회    | earlierNetworkingActivities | true  | 약 120,000회  | about 120,000 times
			437.4   | 명    | researchersPer10kPopulation | false | 437.4명       | 437.4 people
			7       | 층    | floors                      | false | 7층           | 7 층
			""")
	void countsInEachLanguage(BigDecimal value, String unit, String key, boolean approximate, String korean,
			String english) {
		assertThat(DisplayText.quantity(value, unit, key, approximate, Language.KO)).isEqualTo(korean);
		assertThat(DisplayText.quantity(value, unit, key, approximate, Language.EN)).isEqualTo(english);
	}

	@Test
	void aNumberWithoutUnitIsGrouped() {
		assertThat(DisplayText.quantity(new BigDecimal("1471915"), null, "population", false, Language.EN))
			.isEqualTo("1,471,915");
		assertThat(DisplayText.quantity(new BigDecimal("2.5531"), null, "index", true, Language.KO))
			.isEqualTo("약 2.5531");
	}

	@Test
	void aTextValueKeepsItsWordsAndTranslatesItsUnit() {
		assertThat(DisplayText.text("1~2", "위", "rank", false, Language.KO)).isEqualTo("1~2위");
		assertThat(DisplayText.text("1~2", "위", "rank", false, Language.EN)).isEqualTo("rank 1~2");
		assertThat(DisplayText.text("14:00~15:30", null, "time", false, Language.EN)).isEqualTo("14:00~15:30");
		assertThat(DisplayText.text("7,000", "명", "foreignStudents", true, Language.EN))
			.isEqualTo("about 7,000 people");
	}

	@Test
	void anAmountDisplaysThroughTheSameRules() {
		Amount amount = new Amount(new BigDecimal("270"), "억 원", false);
		assertThat(amount.display(Language.KO)).isEqualTo("270억 원");
		assertThat(amount.display(Language.EN)).isEqualTo("27 billion won");
	}

}
