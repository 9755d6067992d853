package org.innograph.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kinds of entity the graph holds. The constant names are the API's names
 * (ORGANIZATION, INDUSTRIAL_COMPLEX), the same in every field and argument; each kind
 * also has the Neo4j label (next to {@code :Entity}) and {@code kind} property it is
 * stored under, which the seed writes in PascalCase ({@code Organization}), and owns an
 * id prefix, so that an id such as {@code org:kari} says what it names.
 */
public enum EntityKind {

	ORGANIZATION("org", "Organization"), PERSON("person", "Person"), REGION("region", "Region"),
	CLUSTER("cluster", "Cluster"), INDUSTRIAL_COMPLEX("complex", "IndustrialComplex"), COUNCIL("council", "Council"),
	AGREEMENT("agreement", "Agreement"), PROGRAM("program", "Program"), PLAN("plan", "Plan"),
	PLAN_ITEM("item", "PlanItem"), EVENT("event", "Event"), SECTOR("sector", "Sector"),
	FACILITY("facility", "Facility"), LAW("law", "Law");

	/**
	 * The kinds a chain between two entities does not pass through unless asked: regions
	 * (mega-regions included) and sectors. Nearly every organisation is located in a
	 * region or focuses on a sector, so through them any two are a few hops apart and the
	 * chain says nothing. They may still start or end a chain ({@code connections} and
	 * the path export keep the one rule).
	 */
	public static final List<EntityKind> HUBS = List.of(REGION, SECTOR);

	/**
	 * The kinds by label: every entity a read maps asks for its kind by label, hundreds
	 * per three-level query.
	 */
	private static final Map<String, EntityKind> BY_LABEL = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(EntityKind::label, Function.identity()));

	private final String idPrefix;

	private final String label;

	EntityKind(String idPrefix, String label) {
		this.idPrefix = idPrefix;
		this.label = label;
	}

	public String idPrefix() {
		return this.idPrefix;
	}

	/**
	 * The Neo4j label and the stored {@code kind} property (as the seed files write it);
	 * fixed strings, so they are safe to put into Cypher.
	 */
	public String label() {
		return this.label;
	}

	/** The name in the GraphQL schema: ORGANIZATION, INDUSTRIAL_COMPLEX, PLAN_ITEM … */
	public String apiName() {
		return name();
	}

	/** The kind for a GraphQL enum value; the schema has already checked it is one. */
	public static EntityKind ofApiName(String apiName) {
		return valueOf(apiName);
	}

	/**
	 * The kind stored under a label or {@code kind} property (Organization,
	 * IndustrialComplex …).
	 */
	public static EntityKind ofLabel(String label) {
		EntityKind kind = (label != null) ? BY_LABEL.get(label) : null;
		if (kind == null) {
			throw new IllegalArgumentException("Unknown entity kind " + label);
		}
		return kind;
	}

	/** Whether {@code label} is the label of a kind. */
	public static boolean isLabel(String label) {
		return label != null && BY_LABEL.containsKey(label);
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
