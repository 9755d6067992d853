package org.innograph.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.graph.EntityKind;
import org.innograph.graph.RelationshipType;
import org.innograph.graph.SearchNames;
import org.innograph.seed.Seed;
import org.innograph.seed.SeedFiles;
import org.innograph.seed.SeedReader;

/**
 * The curated seed as a {@link KnownGraph}: the first point of the scaling curve, before
 * any synthetic data. Read from the seed files (the copy in the jar), so the expected
 * answers come from the files, not from the database.
 */
final class SeedShape implements KnownGraph {

	private final List<Seed.Entity> entities;

	private final Map<EntityKind, Integer> kindStart = new EnumMap<>(EntityKind.class);

	private final Map<EntityKind, Integer> kindCount = new EnumMap<>(EntityKind.class);

	private final int[] from;

	private final int[] to;

	private final RelationshipType[] types;

	private final boolean[] stated;

	private final int[] degree;

	private final int evidence;

	private SeedShape(Seed seed) {
		this.entities = seed.entities()
			.stream()
			.sorted(Comparator.comparing((Seed.Entity e) -> EntityKind.ofLabel(e.kind()))
				.thenComparing(Seed.Entity::id))
			.toList();
		Map<String, Integer> index = new HashMap<>();
		for (int e = 0; e < this.entities.size(); e++) {
			EntityKind kind = kind(e);
			this.kindStart.putIfAbsent(kind, e);
			this.kindCount.merge(kind, 1, Integer::sum);
			index.put(this.entities.get(e).id(), e);
		}
		List<Seed.Relationship> relationships = new ArrayList<>(seed.relationships());
		this.from = new int[relationships.size()];
		this.to = new int[relationships.size()];
		this.types = new RelationshipType[relationships.size()];
		this.stated = new boolean[relationships.size()];
		this.degree = new int[this.entities.size()];
		for (int r = 0; r < relationships.size(); r++) {
			Seed.Relationship relationship = relationships.get(r);
			this.from[r] = index.get(relationship.from());
			this.to[r] = index.get(relationship.to());
			this.types[r] = RelationshipType.valueOf(relationship.type());
			this.stated[r] = relationship.basis() == null || relationship.basis().equals("STATED");
			this.degree[this.from[r]]++;
			this.degree[this.to[r]]++;
		}
		int evidence = 0;
		for (Seed.Entity entity : seed.entities()) {
			evidence += entity.evidence().size();
			for (Seed.Fact fact : entity.facts()) {
				evidence += fact.evidence().size();
			}
		}
		for (Seed.Relationship relationship : seed.relationships()) {
			evidence += relationship.evidence().size();
		}
		this.evidence = evidence;
	}

	/** The seed in the application jar. */
	static SeedShape read() {
		return new SeedShape(new SeedReader().read(SeedFiles.fromLocation("classpath:graph-seed/")));
	}

	@Override
	public long seed() {
		return 0;
	}

	@Override
	public int entityCount() {
		return this.entities.size();
	}

	@Override
	public int relationshipCount() {
		return this.from.length;
	}

	@Override
	public int evidenceCount() {
		return this.evidence;
	}

	@Override
	public EntityKind kind(int entity) {
		return EntityKind.ofLabel(this.entities.get(entity).kind());
	}

	@Override
	public int count(EntityKind kind) {
		return this.kindCount.getOrDefault(kind, 0);
	}

	@Override
	public int entityOf(EntityKind kind, int n) {
		return this.kindStart.get(kind) + n;
	}

	@Override
	public String id(int entity) {
		return this.entities.get(entity).id();
	}

	@Override
	public int degree(int entity) {
		return this.degree[entity];
	}

	@Override
	public int relationshipFrom(int relationship) {
		return this.from[relationship];
	}

	@Override
	public int relationshipTo(int relationship) {
		return this.to[relationship];
	}

	@Override
	public RelationshipType relationshipType(int relationship) {
		return this.types[relationship];
	}

	@Override
	public boolean stated(int relationship) {
		return this.stated[relationship];
	}

	@Override
	public String nameKo(int entity) {
		return this.entities.get(entity).name().ko();
	}

	@Override
	public String nameEn(int entity) {
		return this.entities.get(entity).name().en();
	}

	@Override
	public String searchText(int entity) {
		Seed.Entity e = this.entities.get(entity);
		return SearchNames.searchText(SearchNames.of(e.name().ko(), e.name().en(), e.acronyms(), e.aliases()));
	}

}
