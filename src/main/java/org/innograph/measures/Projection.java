package org.innograph.measures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.innograph.graph.EntityKind;
import org.innograph.graph.RelationshipType;

/**
 * Which part of the graph a measure or an export looks at: entities of some kinds,
 * relationships of some types, and only what holds on a date. An empty set means "all";
 * equal projections are equal keys.
 *
 * @param kinds the entity kinds taken in; empty for every kind
 * @param types the relationship types taken in; empty for every type
 * @param asOf only entities and relationships that hold on this day; null for all of them
 * @param excludedTypes entity sub-kinds ({@code type}) left out, e.g.
 * {@code mega-region}; empty for none
 */
public record Projection(Set<EntityKind> kinds, Set<RelationshipType> types, LocalDate asOf,
		Set<String> excludedTypes) {

	/** The whole graph. */
	public static final Projection ALL = new Projection(Set.of(), Set.of(), null);

	public Projection {
		kinds = (kinds == null || kinds.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
		types = (types == null || types.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
		excludedTypes = (excludedTypes == null) ? Set.of() : Set.copyOf(excludedTypes);
	}

	/** Kinds, types and a date, leaving out no sub-kind. */
	public Projection(Set<EntityKind> kinds, Set<RelationshipType> types, LocalDate asOf) {
		this(kinds, types, asOf, Set.of());
	}

	/**
	 * {@link #of(Collection, Collection, LocalDate)} leaving out entities of some
	 * sub-kinds (null: none).
	 */
	public static Projection of(Collection<String> apiKinds, Collection<RelationshipType> types, LocalDate asOf,
			Collection<String> excludedTypes) {
		Projection projection = of(apiKinds, types, asOf);
		return new Projection(projection.kinds(), projection.types(), asOf,
				(excludedTypes != null) ? Set.copyOf(excludedTypes) : Set.of());
	}

	/**
	 * The sub-kinds left out, sorted; null when none is (the Cypher reads null as none).
	 */
	List<String> excludedTypeNames() {
		return this.excludedTypes.isEmpty() ? null : this.excludedTypes.stream().sorted().toList();
	}

	/**
	 * From GraphQL arguments: kinds by their API names (INDUSTRIAL_COMPLEX), null meaning
	 * all.
	 */
	public static Projection of(Collection<String> apiKinds, Collection<RelationshipType> types, LocalDate asOf) {
		Set<EntityKind> kinds = (apiKinds != null)
				? apiKinds.stream().map(EntityKind::ofApiName).collect(Collectors.toSet()) : Set.of();
		return new Projection(kinds, (types != null) ? Set.copyOf(types) : Set.of(), asOf);
	}

	/**
	 * The Neo4j labels of the kinds, sorted; null when every kind is taken in (the Cypher
	 * reads null as all).
	 */
	List<String> kindLabels() {
		return this.kinds.isEmpty() ? null : this.kinds.stream().map(EntityKind::label).sorted().toList();
	}

	/**
	 * The names of the types taken in, sorted; null when every type is (the Cypher reads
	 * null as all).
	 */
	List<String> typeNames() {
		return this.types.isEmpty() ? null : this.types.stream().map(Enum::name).sorted().toList();
	}

	/** A short description for logs, export metadata and file comments. */
	public String describe() {
		String kindText = this.kinds.isEmpty() ? "all kinds"
				: this.kinds.stream().map(EntityKind::apiName).sorted().collect(Collectors.joining(","));
		String typeText = this.types.isEmpty() ? "all relationship types"
				: this.types.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		return kindText + "; " + typeText + ((this.asOf != null) ? "; as of " + this.asOf : "")
				+ (this.excludedTypes.isEmpty() ? "" : "; without " + String.join(",", excludedTypeNames()));
	}

}
