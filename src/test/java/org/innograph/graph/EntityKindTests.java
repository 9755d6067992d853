package org.innograph.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Kinds by their stored label, as every read maps them. */
class EntityKindTests {

	@ParameterizedTest
	@EnumSource(EntityKind.class)
	void everyKindIsFoundByItsLabel(EntityKind kind) {
		assertThat(EntityKind.ofLabel(kind.label())).isSameAs(kind);
		assertThat(EntityKind.isLabel(kind.label())).isTrue();
	}

	@Test
	void theApiNameIsNotALabel() {
		// Labels are PascalCase (IndustrialComplex), API names upper snake case.
		assertThat(EntityKind.isLabel("INDUSTRIAL_COMPLEX")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> EntityKind.ofLabel("INDUSTRIAL_COMPLEX"))
			.withMessage("Unknown entity kind INDUSTRIAL_COMPLEX");
	}

	@Test
	void noLabelIsUnknown() {
		assertThat(EntityKind.isLabel(null)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> EntityKind.ofLabel(null))
			.withMessage("Unknown entity kind null");
	}

}
