package org.innograph.store;

import java.net.URL;
import java.util.List;

import ac.simons.neo4j.migrations.core.JavaBasedMigration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the migrations are found without scanning the whole classpath: the files under the
 * configured folders, and the Java migrations from their list.
 */
class SchemaMigrationsTests {

	@Test
	void theApplicationsFolderHoldsItsCypherMigrationsAndNoFolderEntries() {
		List<String> names = new MigrationFiles().scan(List.of("neo4j/migrations"))
			.stream()
			.map(URL::getPath)
			.map((path) -> path.substring(path.lastIndexOf('/') + 1))
			.sorted()
			.toList();

		assertThat(names).containsExactly("V001__Baseline_constraints_and_indexes.cypher",
				"V002__Retire_the_schema_hash.cypher", "V003__Search_words_texts_and_codes.cypher",
				"V005__Unique_proposal_ids.cypher", "V006__Exact_and_prefix_name_keys.cypher",
				"V007__Retired_entities.cypher", "V008__Retired_entity_label.cypher", "V009__Korean_name_order.cypher",
				"V011__Name_grams.cypher");
	}

	@Test
	void aTestFolderIsFoundWithOrWithoutSlashesAndOnlyItsOwnFiles() {
		assertThat(new MigrationFiles().scan(List.of("/neo4j/test-migrations/redefine/"))).extracting(URL::getPath)
			.singleElement()
			.asString()
			.endsWith("/neo4j/test-migrations/redefine/V999__Search_descriptions_too.cypher");
		assertThat(new MigrationFiles().scan(List.of("neo4j/no-such-folder"))).isEmpty();
	}

	@Test
	void everyJavaMigrationOfThePackageIsListed() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(JavaBasedMigration.class));
		List<String> inPackage = scanner.findCandidateComponents("org.innograph.store.migrations")
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.sorted()
			.toList();

		assertThat(inPackage).isNotEmpty();
		assertThat(SchemaMigrations.JAVA_MIGRATIONS).extracting(Class::getName).containsExactlyElementsOf(inPackage);
	}

}
