package org.innograph.api;

import java.nio.file.Path;
import java.util.List;

import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards clients against breaking changes: schema.graphqls is diffed (graphql-java's
 * {@link SchemaDiff}) against the snapshot committed in src/test/resources, and any
 * BREAKING difference fails the build. A break made on purpose is recorded by copying the
 * contract over the snapshot.
 */
class SchemaSnapshotTests {

	static final Path SNAPSHOT = Path.of("src/test/resources/schema-snapshot.graphqls");

	@Test
	void theContractBreaksNothingTheSnapshotPromised() {
		List<String> breaking = breakingChanges(SchemaSdl.read(SNAPSHOT), SchemaSdl.read(SchemaSdl.CONTRACT));
		assertThat(breaking)
			.as("schema.graphqls breaks clients written against %s. If the break is intended, say so in the "
					+ "change and record it: cp schema.graphqls %s", SNAPSHOT, SNAPSHOT)
			.isEmpty();
	}

	@Test
	void removingAFieldIsCaught() {
		String contract = SchemaSdl.read(SchemaSdl.CONTRACT);
		String withoutKey = contract.replace("  \"The readable, stable key, e.g. org:kari.\"\n  key: String!\n", "");
		assertThat(withoutKey).as("the variant must differ").isNotEqualTo(contract);
		assertThat(breakingChanges(contract, withoutKey)).singleElement()
			.satisfies((change) -> assertThat(change).contains("Entity", "key"));
	}

	@Test
	void makingAnArgumentRequiredOrAnOutputNullableIsCaughtButAddingAFieldIsNot() {
		String contract = SchemaSdl.read(SchemaSdl.CONTRACT);
		String nullableName = contract.replace("  name: BilingualText!\n", "  name: BilingualText\n");
		assertThat(breakingChanges(contract, nullableName)).isNotEmpty();
		String added = contract.replace("  \"The readable, stable key, e.g. org:kari.\"\n  key: String!\n",
				"  \"The readable, stable key, e.g. org:kari.\"\n  key: String!\n  \"A field added.\"\n  added: Int\n");
		assertThat(added).isNotEqualTo(contract);
		assertThat(breakingChanges(contract, added)).isEmpty();
	}

	/**
	 * The BREAKING differences from {@code before} to {@code after}, one readable line
	 * each.
	 */
	static List<String> breakingChanges(String before, String after) {
		CapturingReporter reporter = new CapturingReporter();
		new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromSdl(SchemaSdl.schema(before), SchemaSdl.schema(after)),
				reporter);
		return reporter.getBreakages().stream().map(SchemaSnapshotTests::describe).toList();
	}

	private static String describe(DiffEvent event) {
		return event.getCategory() + " " + event.getTypeName()
				+ ((event.getFieldName() != null) ? "." + event.getFieldName() : "") + ": " + event.getReasonMsg();
	}

}
