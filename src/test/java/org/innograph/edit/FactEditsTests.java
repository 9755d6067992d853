package org.innograph.edit;

import java.util.List;

import org.innograph.graph.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of a new fact, checked before anything is read: the seed's, so that a fact an
 * editor accepts can be exported into seed files.
 */
class FactEditsTests {

	private static final List<Inputs.EvidenceInput> EVIDENCE = List
		.of(new Inputs.EvidenceInput("doc:004", "국비 245억 원을 확보했다.", "L2", null));

	@Test
	void anAmountOfMoneyUnderAMoneyKeyAndADateWithItsWordsPass() {
		FieldErrors errors = new FieldErrors();
		FactEdits.check(amount("budgetNational", 245.0, "억 원"), errors);
		FactEdits.check(new FactEdits.NewFact("org:kari", "milestone", null, "2023년 10월", null, false,
				PartialDate.parse("2023-10"), "STATED", null, EVIDENCE), errors);
		assertThat(errors.fields()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			# key,           value,    unit,  the field refused
			'',               245,      억 원,  factKey
			date,             245,      억 원,  factKey
			whenItHappened,   245,      억 원,  factKey
			milestone,        245,      억 원,  factKey
			budget,           245,      억원,   unit
			budget,           NaN,      억 원,  value
			budget,           Infinity, 억 원,  value
			budget,           -1,       억 원,  value
			companies,        12,       '개\n', unit
			""")
	void aFactOutsideTheSeedsRulesIsRefusedNamingTheField(String key, double value, String unit, String field) {
		FieldErrors errors = new FieldErrors();
		FactEdits.check(amount(key.isEmpty() ? null : key, value, unit.replace("\\n", "\n")), errors);
		assertThat(errors.fields()).containsExactly(field);
	}

	@Test
	void aFactNeedsAValueAnEntityABasisAndEvidence() {
		FieldErrors errors = new FieldErrors();
		FactEdits.check(new FactEdits.NewFact("kari", "budget", null, " ", null, false, null, null, null, List.of()),
				errors);
		assertThat(errors.fields()).contains("subject", "value", "basis", "evidence");
	}

	@Test
	void aValueAsWrittenIsOneLineOfAtMostAShortText() {
		FieldErrors errors = new FieldErrors();
		FactEdits.check(new FactEdits.NewFact("org:kari", "milestone", null, "가".repeat(Rules.SHORT + 1), null, false,
				null, "STATED", null, EVIDENCE), errors);
		assertThat(errors.fields()).containsExactly("value");
	}

	private static FactEdits.NewFact amount(String key, double value, String unit) {
		return new FactEdits.NewFact("org:kari", key, value, null, unit, false, null, "STATED", null, EVIDENCE);
	}

}
