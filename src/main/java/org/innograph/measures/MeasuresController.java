package org.innograph.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.innograph.api.ApiException;
import org.innograph.api.Paging;
import org.innograph.entity.Entity;
import org.innograph.entity.EntityReads;
import org.innograph.graph.EntityKind;
import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipType;
import org.innograph.limits.PageSizes;
import org.innograph.storage.AsOf;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Rankings by a measure, the summary of a projection, and the measures of each entity.
 * All entities asking for the measures of one projection in a request share one
 * computation (a DataLoader).
 */
@Controller
class MeasuresController {

	static final String MEASURES = "measures";

	/** The most sub-kinds {@code excludeTypes} and {@code amongTypes} take. */
	static final int MAX_TYPES = 100;

	private final Measures measures;

	private final EntityReads entities;

	private final PageSizes pageSizes;

	MeasuresController(Measures measures, EntityReads entities, BatchLoaderRegistry registry, PageSizes pageSizes) {
		this.measures = measures;
		this.entities = entities;
		this.pageSizes = pageSizes;
		registry.<MeasureKey, EntityMeasures>forName(MEASURES)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
	}

	@QueryMapping
	Rankings.RankingConnection rankings(@Argument Measure measure, @Argument List<String> kinds,
			@Argument List<RelationshipType> types, @Argument PartialDate asOf, @Argument List<String> among,
			@Argument List<String> excludeTypes, @Argument List<String> amongTypes, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		Paging asked = this.pageSizes.paging(first, after, env);
		bounded("excludeTypes", excludeTypes);
		bounded("amongTypes", amongTypes);
		Measures.Measured measured = this.measures.measure(Projection.of(kinds, types, AsOf.day(asOf), excludeTypes));
		Set<EntityKind> rankedKinds = (among != null)
				? among.stream().map(EntityKind::ofApiName).collect(Collectors.toSet()) : Set.of();
		List<Rankings.Ranked> ranking = Rankings.rank(measured, measure, rankedKinds,
				(amongTypes != null) ? Set.copyOf(amongTypes) : Set.of());
		Paging paging = asked.within(ranking.stream().map(Rankings.Ranked::id).toList());
		List<Rankings.Ranked> page = ranking.subList(Math.min(paging.offset(), ranking.size()),
				Math.min(paging.offset() + paging.first(), ranking.size()));
		Map<String, Entity> found = page.isEmpty() ? Map.of()
				: this.entities.entities(page.stream().map(Rankings.Ranked::id).toList());
		List<Rankings.RankingEdge> edges = new ArrayList<>();
		for (int i = 0; i < page.size(); i++) {
			Rankings.Ranked ranked = page.get(i);
			Entity entity = found.get(ranked.id());
			if (entity != null) {
				edges.add(new Rankings.RankingEdge(paging.cursorAt(i, ranked.id()), ranked.rank(), ranked.value(),
						entity, ranked.measures()));
			}
		}
		return new Rankings.RankingConnection(edges,
				paging.pageInfo(page.stream().map(Rankings.Ranked::id).toList(), ranking.size()), ranking.size(),
				measured.measures());
	}

	/** Sub-kind lists are bounded like the entity filters' lists. */
	private static void bounded(String argument, List<String> values) {
		if (values != null && values.size() > MAX_TYPES) {
			throw ApiException
				.badRequest("'" + argument + "' takes at most " + MAX_TYPES + " values, was " + values.size());
		}
	}

	@QueryMapping
	NetworkMeasures network(@Argument List<String> kinds, @Argument List<RelationshipType> types,
			@Argument PartialDate asOf) {
		return this.measures.measure(Projection.of(kinds, types, AsOf.day(asOf))).measures();
	}

	@SchemaMapping(typeName = "Entity", field = "measures")
	CompletableFuture<EntityMeasures> measures(Entity entity, @Argument List<String> kinds,
			@Argument List<RelationshipType> types, @Argument PartialDate asOf, DataFetchingEnvironment env) {
		DataLoader<MeasureKey, EntityMeasures> loader = env.getDataLoader(MEASURES);
		return loader.load(new MeasureKey(entity.id(), Projection.of(kinds, types, AsOf.day(asOf))));
	}

	@SchemaMapping(typeName = "Measures", field = "degreeByType")
	List<TypeCount> degreeByType(EntityMeasures measures) {
		return measures.degreeByType()
			.entrySet()
			.stream()
			.map((entry) -> new TypeCount(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparingInt(TypeCount::count).reversed().thenComparing(TypeCount::type))
			.toList();
	}

	private Map<MeasureKey, EntityMeasures> load(Set<MeasureKey> keys) {
		Map<MeasureKey, EntityMeasures> result = new HashMap<>();
		Map<Projection, List<MeasureKey>> byProjection = keys.stream()
			.collect(Collectors.groupingBy(MeasureKey::projection));
		byProjection.forEach((projection, group) -> {
			NetworkMeasures computed = this.measures.measure(projection).measures();
			group.forEach((key) -> computed.of(key.entityId()).ifPresent((value) -> result.put(key, value)));
		});
		return result;
	}

	/** An entity and the projection it is measured in. */
	record MeasureKey(String entityId, Projection projection) {
	}

	/** How many relationships of one type an entity has. */
	record TypeCount(RelationshipType type, int count) {
	}

}
