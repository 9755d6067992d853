package org.innograph.graph;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of entity the graph holds. Each kind is a Neo4j label (next to {@code :Entity}) and owns
 * an id prefix, so that an id such as {@code org:kari} says what it names.
 */
public enum EntityKind {

	Organization("org"), Person("person"), Region("region"), Cluster("cluster"), IndustrialComplex("complex"),
	Council("council"), Agreement("agreement"), Program("program"), Plan("plan"), PlanItem("item"), Event("event"),
	Sector("sector"), Facility("facility"), Law("law");

	private final String idPrefix;

	EntityKind(String idPrefix) {
		this.idPrefix = idPrefix;
	}

	public String idPrefix() {
		return this.idPrefix;
	}

	/** The Neo4j label; the enum constant names are the labels, so they are safe to put into Cypher. */
	public String label() {
		return name();
	}

	/** The name in the GraphQL schema: ORGANIZATION, INDUSTRIAL_COMPLEX, PLAN_ITEM … */
	public String apiName() {
		return name().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
	}

	/** The kind for a GraphQL enum value; the schema has already checked it is one. */
	public static EntityKind ofApiName(String apiName) {
		return Arrays.stream(values())
			.filter((kind) -> kind.apiName().equals(apiName))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown entity kind " + apiName));
	}

	public static Optional<EntityKind> ofId(String id) {
		int colon = id.indexOf(':');
		if (colon < 0) {
			return Optional.empty();
		}
		String prefix = id.substring(0, colon);
		return Arrays.stream(values()).filter((kind) -> kind.idPrefix.equals(prefix)).findFirst();
	}

}
