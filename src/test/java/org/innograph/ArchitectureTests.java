package org.innograph;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules drawn in docs/architecture.md: dependencies point from the
 * capabilities down to the storage model and the store, never back up, and no two
 * packages depend on each other.
 */
class ArchitectureTests {

	/**
	 * What the service does for its users; each may use the layers below, none is used by
	 * them.
	 */
	private static final String[] CAPABILITIES = app("api", "bookmarks", "edit", "entity", "export", "limits",
			"measures", "paths", "search", "security", "seed", "sources", "curation", "stats", "time", "timeline",
			"web", "cli");

	private static JavaClasses production;

	@BeforeAll
	static void importProductionClasses() {
		// What the production jar is built from; tests and the benchmark compile
		// elsewhere.
		production = new ClassFileImporter().importPath(Path.of("target", "classes"));
	}

	@Test
	void theDomainValuesDependOnNothingElseOfTheService() {
		check(noClasses().that()
			.resideInAPackage("org.innograph.graph..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(with(CAPABILITIES, app("storage", "store", "embedded"))));
	}

	@Test
	void theStorageModelKnowsOnlyTheDomainValues() {
		check(noClasses().that()
			.resideInAPackage("org.innograph.storage..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(with(CAPABILITIES, app("store", "embedded"))));
	}

	@Test
	void theStoreKnowsNothingOfTheCapabilitiesAbove() {
		// The seed, for one, is a PreparationStep the store runs without knowing what it
		// is.
		check(noClasses().that()
			.resideInAPackage("org.innograph.store..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(CAPABILITIES));
	}

	@Test
	void onlyTheStoreReadsTheDriversFailures() {
		check(noClasses().that()
			.resideOutsideOfPackage("org.innograph.store..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.neo4j.driver.exceptions.."));
	}

	@Test
	void packagesAreFreeOfCycles() {
		check(slices().matching("org.innograph.(*)..").should().beFreeOfCycles());
	}

	@Test
	void theProductionCodeHasNoBenchmark() {
		check(noClasses().should().resideInAPackage("org.innograph.bench.."));
	}

	@Test
	void controllersLiveWithTheirCapability() {
		check(classes().that()
			.areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.should()
			.resideInAnyPackage(CAPABILITIES));
	}

	@Test
	void controllersHoldNoStatements() {
		// Cypher lives in the capability's *Reads classes and the storage model, next to
		// the stored format.
		check(noClasses().that()
			.areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.innograph.store.GraphReads")
			.orShould()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.data.neo4j..", "org.neo4j.driver.."));
	}

	private static void check(ArchRule rule) {
		rule.check(production);
	}

	/** The packages of the service with these names, each with its sub-packages. */
	private static String[] app(String... names) {
		return java.util.Arrays.stream(names).map((name) -> "org.innograph." + name + "..").toArray(String[]::new);
	}

	private static String[] with(String[] first, String... more) {
		String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

}
