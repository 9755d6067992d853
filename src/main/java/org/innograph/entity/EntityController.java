package org.innograph.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.execution.MergedField;
import graphql.language.Field;
import graphql.language.Selection;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.dataloader.DataLoader;
import org.innograph.api.ApiException;
import org.innograph.api.Paging;
import org.innograph.api.WebProperties;
import org.innograph.graph.EntityKind;
import org.innograph.graph.PartialDate;
import org.innograph.limits.PageSizes;
import org.innograph.storage.AsOf;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Look-ups by id and key, entity lists, and the fields of entities, relationships, facts
 * and sources.
 */
@Controller
class EntityController {

	private static final int MAX_IDS = 100;

	private final EntityReads reads;

	private final NodeLookup nodes;

	private final WebProperties web;

	private final PageSizes pageSizes;

	private final EntityFilters filters;

	EntityController(EntityReads reads, NodeLookup nodes, WebProperties web, PageSizes pageSizes) {
		this.reads = reads;
		this.filters = new EntityFilters(reads);
		this.nodes = nodes;
		this.web = web;
		this.pageSizes = pageSizes;
	}

	@QueryMapping
	Object node(@Argument String id) {
		return this.nodes.find(List.of(id)).get(id);
	}

	@QueryMapping
	List<Object> nodes(@Argument List<String> ids) {
		if (ids.size() > MAX_IDS) {
			throw ApiException.badRequest("'ids' takes at most " + MAX_IDS + " ids, was " + ids.size());
		}
		Map<String, Object> found = this.nodes.find(ids);
		return ids.stream().map(found::get).toList();
	}

	/**
	 * An entity by key. When the query asks for one first page of its {@code neighbors}
	 * (and perhaps theirs, see {@link #below}), the entity and those pages are read in
	 * one statement, and the pages left in the links loader's cache, where the
	 * {@code neighbors} fields find them: the common "an entity and its neighbourhood" is
	 * one round trip to the database.
	 */
	@QueryMapping
	Entity entity(@Argument String key, DataFetchingEnvironment env) {
		List<EntityReads.LinkFilter> levels = neighbourLevels(env);
		if (levels.isEmpty()) {
			return this.reads.entity(key).orElseThrow(() -> notFound(key));
		}
		EntityReads.EntityWithLinks found = this.reads.entityWithLinks(key, levels).orElseThrow(() -> notFound(key));
		DataLoader<EntityLoaders.LinkKey, EntityReads.LinkPage> loader = env.getDataLoader(EntityLoaders.LINKS);
		for (int level = 0; level < levels.size(); level++) {
			EntityReads.LinkFilter filter = levels.get(level);
			found.levels().get(level).forEach((id, page) -> loader.prime(new EntityLoaders.LinkKey(id, filter), page));
		}
		return found.entity();
	}

	private static ApiException notFound(String key) {
		return ApiException.notFound("No entity with key '" + key + "'");
	}

	@QueryMapping
	Connections.EntityConnection entities(@Argument Integer first, @Argument String after, @Argument String orderBy,
			@Argument String direction, DataFetchingEnvironment env) {
		Paging paging = this.pageSizes.paging(first, after, env);
		EntityReads.ListFilter filter = this.filters.of(env.getArguments());
		// Each statement runs only when the selection needs it: "how many?" should not
		// sort the list.
		DataFetchingFieldSelectionSet selection = env.getSelectionSet();
		boolean pageAsked = selection.contains("edges") || selection.contains("nodes")
				|| selection.contains("pageInfo");
		long total = this.reads.count(filter);
		Boolean ascending = (direction != null) ? "ASC".equals(direction) : null;
		EntityReads.EntityPage page = pageAsked
				? this.reads.page(filter, EntityReads.EntityOrder.valueOf(orderBy), ascending, paging)
				: new EntityReads.EntityPage(paging, List.of());
		return Connections.EntityConnection.of(page.entities(), page.paging(), total);
	}

	@QueryMapping
	Counts counts(@Argument String groupBy, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		Paging paging = this.pageSizes.paging(first, after, env);
		EntityReads.ListFilter filter = this.filters.of(env.getArguments());
		EntityReads.CountGroup group = EntityReads.CountGroup.valueOf(groupBy);
		EntityReads.GroupPage page = this.reads.counts(filter, group, paging);
		List<EntityReads.GroupCount> rows = page.buckets();
		Set<String> keys = new LinkedHashSet<>();
		rows.forEach((row) -> {
			if (row.key() != null) {
				keys.add(row.key());
			}
		});
		boolean entityKeys = switch (group) {
			case REGION, SECTOR, OWNER, MEMBER, PARENT -> true;
			default -> false;
		};
		Map<String, Entity> entities = (entityKeys && !keys.isEmpty()) ? this.reads.entities(keys) : Map.of();
		Map<String, Source> sources = (group == EntityReads.CountGroup.SOURCE && !keys.isEmpty())
				? this.reads.sources(keys) : Map.of();
		List<Counts.Bucket> buckets = rows.stream().map((row) -> {
			String key = (group == EntityReads.CountGroup.KIND && row.key() != null)
					? EntityKind.ofLabel(row.key()).apiName() : row.key();
			Entity entity = (row.key() != null) ? entities.get(row.key()) : null;
			Source source = (row.key() != null) ? sources.get(row.key()) : null;
			Counts.Label label = (entity != null) ? new Counts.Label(entity.name().ko(), entity.name().en())
					: (source != null && source.title() != null)
							? new Counts.Label(source.title().ko(), source.title().en()) : null;
			return new Counts.Bucket(key, label, entity, row.count());
		}).toList();
		return new Counts(groupBy, this.reads.count(filter), buckets, page.bucketCount(), page.pageInfo());
	}

	@QueryMapping
	List<Source> sources() {
		return this.reads.allSources();
	}

	@BatchMapping(typeName = "Entity", field = "facts")
	Map<Entity, List<Fact>> facts(List<Entity> entities) {
		Map<String, List<Fact>> byId = this.reads.factsOf(ids(entities));
		return byEntity(entities, byId);
	}

	@BatchMapping(typeName = "Entity", field = "sources")
	Map<Entity, List<Source>> entitySources(List<Entity> entities) {
		return byEntity(entities, this.reads.sourcesOf(ids(entities)));
	}

	@BatchMapping(typeName = "Entity", field = "degree")
	Map<Entity, Integer> degree(List<Entity> entities) {
		return byEntity(entities, this.reads.degrees(ids(entities)));
	}

	@SchemaMapping(typeName = "Entity", field = "evidence")
	CompletableFuture<List<Evidence>> entityEvidence(Entity entity, DataFetchingEnvironment env) {
		return evidenceOf(entity.id(), env);
	}

	@SchemaMapping(typeName = "Entity", field = "relationships")
	CompletableFuture<Connections.RelationshipConnection> relationships(Entity entity, DataFetchingEnvironment env) {
		LinkArguments arguments = LinkArguments.of(env.getArguments());
		Paging paging = this.pageSizes.paging(arguments.first(), arguments.after(), env, entity.id());
		return links(entity, arguments, paging, false, env)
			.thenApply((page) -> Connections.RelationshipConnection.of(page, paging.startingAt(page.start())));
	}

	/** See {@link LinkArguments} for why the arguments are not bound one by one. */
	@SchemaMapping(typeName = "Entity", field = "neighbors")
	CompletableFuture<Connections.NeighborConnection> neighbors(Entity entity, DataFetchingEnvironment env) {
		LinkArguments arguments = LinkArguments.of(env.getArguments());
		Paging paging = this.pageSizes.paging(arguments.first(), arguments.after(), env, entity.id());
		return links(entity, arguments, paging, true, env)
			.thenApply((page) -> Connections.NeighborConnection.of(entity.id(), page, paging.startingAt(page.start())));
	}

	@SchemaMapping(typeName = "Relationship", field = "evidence")
	CompletableFuture<List<Evidence>> relationshipEvidence(Relationship relationship, DataFetchingEnvironment env) {
		return evidenceOf(relationship.id(), env);
	}

	@SchemaMapping(typeName = "Relationship", field = "citation")
	CompletableFuture<String> citation(Relationship relationship, @Argument String language,
			DataFetchingEnvironment env) {
		boolean korean = !"EN".equals(language);
		return evidenceOf(relationship.id(), env).thenApply((evidence) -> Citations.cite(relationship, evidence, korean,
				this.web.forRequest(env.getGraphQlContext())));
	}

	@SchemaMapping(typeName = "Fact", field = "evidence")
	CompletableFuture<List<Evidence>> factEvidence(Fact fact, DataFetchingEnvironment env) {
		return evidenceOf(fact.id(), env);
	}

	@BatchMapping(typeName = "Source", field = "publisherEntity")
	Map<Source, Entity> publisherEntity(List<Source> sources) {
		Set<String> ids = new LinkedHashSet<>();
		sources.forEach((source) -> {
			if (source.publisherEntityId() != null) {
				ids.add(source.publisherEntityId());
			}
		});
		Map<String, Entity> entities = ids.isEmpty() ? Map.of() : this.reads.entities(ids);
		Map<Source, Entity> result = new java.util.HashMap<>();
		sources.forEach((source) -> {
			Entity entity = entities.get(source.publisherEntityId());
			if (entity != null) {
				result.put(source, entity);
			}
		});
		return result;
	}

	/**
	 * A page of the entity's links, through the links loader. With {@code nested} (a
	 * {@code neighbors} field), the levels of neighbours the query asks for below it are
	 * read in the same statement, unless the page was read ahead already (with the
	 * entity, or with the level above), as in a nested query most are: then the page is
	 * the loader's, and the selection below is not looked at.
	 */
	private CompletableFuture<EntityReads.LinkPage> links(Entity entity, LinkArguments arguments, Paging paging,
			boolean nested, DataFetchingEnvironment env) {
		// Only a page of neighbours may be brief or uncounted: a relationship's page
		// shows its links, and is never read as a lower level.
		EntityReads.LinkFilter filter = linkFilter(arguments.typeNames(), arguments.direction(),
				labels(arguments.kinds()), arguments.asOf(), paging,
				nested && BriefSelection.answers(env.getMergedField(), env.getFragmentsByName()),
				!nested || BriefSelection.counts(env.getMergedField(), env.getFragmentsByName()));
		DataLoader<EntityLoaders.LinkKey, EntityReads.LinkPage> loader = env.getDataLoader(EntityLoaders.LINKS);
		EntityLoaders.LinkKey key = new EntityLoaders.LinkKey(entity.id(), filter);
		Optional<CompletableFuture<EntityReads.LinkPage>> ahead = loader.getIfPresent(key);
		if (ahead.isPresent()) {
			return ahead.get();
		}
		List<EntityReads.LinkFilter> below = nested ? below(env.getSelectionSet()) : List.of();
		return below.isEmpty() ? loader.load(key) : loader.load(key, new EntityLoaders.Below(below, loader));
	}

	private static EntityReads.LinkFilter linkFilter(List<String> typeNames, Direction direction, List<String> labels,
			PartialDate asOf, Paging paging, boolean brief, boolean counted) {
		Direction chosen = (direction != null) ? direction : Direction.BOTH;
		// Without the list's fingerprint, which names the entity: first pages of many
		// entities share one filter and one statement.
		return new EntityReads.LinkFilter(typeNames, chosen.outgoing(), labels, AsOf.day(asOf), paging.first(),
				paging.after(), brief, counted);
	}

	/**
	 * The filters of the neighbours' neighbours a query asks for under this page of
	 * neighbours, level by level, as far as each level asks for one first page of
	 * {@code neighbors} on its nodes: those levels are read with this one, in one
	 * statement. Anything else (a cursor, two differently filtered lists, arguments that
	 * do not hold) ends the chain, and the fields below resolve as usual.
	 */
	private List<EntityReads.LinkFilter> below(DataFetchingFieldSelectionSet selection) {
		List<EntityReads.LinkFilter> filters = new ArrayList<>();
		DataFetchingFieldSelectionSet level = selection;
		while (filters.size() < EntityReads.MAX_LINK_LEVELS - 1) {
			List<SelectedField> nested = new ArrayList<>(at(level, "edges", "node", "neighbors"));
			nested.addAll(at(level, "nodes", "neighbors"));
			if (nested.isEmpty() || nested.stream().map(SelectedField::getArguments).distinct().count() > 1) {
				break;
			}
			Optional<EntityReads.LinkFilter> filter = linkFilter(nested);
			if (filter.isEmpty()) {
				break;
			}
			filters.add(filter.get());
			level = nested.get(0).getSelectionSet();
		}
		return filters;
	}

	/**
	 * The fields at a path of field names under a selection, through every alias: what
	 * {@code getFields("a/b/c")} finds, without compiling the path into a file-name
	 * pattern on every call (which showed in a profile of three-level queries).
	 */
	private static List<SelectedField> at(DataFetchingFieldSelectionSet selection, String... names) {
		List<SelectedField> fields = named(selection.getImmediateFields(), names[0]);
		for (int depth = 1; depth < names.length && !fields.isEmpty(); depth++) {
			List<SelectedField> next = new ArrayList<>();
			for (SelectedField field : fields) {
				next.addAll(named(field.getSelectionSet().getImmediateFields(), names[depth]));
			}
			fields = next;
		}
		return fields;
	}

	private static List<SelectedField> named(List<SelectedField> fields, String name) {
		return fields.stream().filter((field) -> field.getName().equals(name)).toList();
	}

	/**
	 * The filters of the {@code neighbors} an entity's selection asks for, level by level
	 * as {@link #below} follows them, when it asks for one first page of its own: none
	 * otherwise (two differently filtered lists, a cursor, arguments that do not hold),
	 * and the fields resolve as usual.
	 */
	private List<EntityReads.LinkFilter> neighbourLevels(DataFetchingEnvironment env) {
		if (!mayAskForNeighbours(env.getMergedField())) {
			return List.of();
		}
		List<SelectedField> neighbours = named(env.getSelectionSet().getImmediateFields(), "neighbors");
		if (neighbours.isEmpty() || neighbours.stream().map(SelectedField::getArguments).distinct().count() > 1) {
			return List.of();
		}
		Optional<EntityReads.LinkFilter> first = linkFilter(neighbours);
		if (first.isEmpty()) {
			return List.of();
		}
		List<EntityReads.LinkFilter> levels = new ArrayList<>();
		levels.add(first.get());
		levels.addAll(below(neighbours.get(0).getSelectionSet()));
		return levels;
	}

	/**
	 * Whether the field's own selections name {@code neighbors} or hold a fragment that
	 * may: most look-ups by key ask for none, and need not have graphql-java compute the
	 * whole selection set, arguments and fragments resolved, on their way.
	 */
	private static boolean mayAskForNeighbours(MergedField field) {
		for (Field each : field.getFields()) {
			if (each.getSelectionSet() == null) {
				continue;
			}
			for (Selection<?> selection : each.getSelectionSet().getSelections()) {
				if (!(selection instanceof Field named) || named.getName().equals("neighbors")) {
					return true;
				}
			}
		}
		return false;
	}

	/** The filter of a {@code neighbors} field from its arguments, if they hold. */
	private Optional<EntityReads.LinkFilter> linkFilter(List<SelectedField> fields) {
		try {
			LinkArguments arguments = LinkArguments.of(fields.get(0).getArguments());
			if (arguments.after() != null) {
				return Optional.empty();
			}
			Paging paging = this.pageSizes.paging(arguments.first(), null, (String) null);
			// Brief when every field that asks for this page needs no more: the
			// neighbors field of each alias finds it under the filter it computes.
			boolean brief = BriefSelection.answers(fields.stream().map(SelectedField::getSelectionSet).toList());
			boolean counted = BriefSelection.counts(fields.stream().map(SelectedField::getSelectionSet).toList());
			return Optional.of(linkFilter(arguments.typeNames(), arguments.direction(), labels(arguments.kinds()),
					arguments.asOf(), paging, brief, counted));
		}
		catch (RuntimeException ex) {
			// The field itself will say what is wrong when it resolves.
			return Optional.empty();
		}
	}

	private static CompletableFuture<List<Evidence>> evidenceOf(String subject, DataFetchingEnvironment env) {
		DataLoader<String, List<Evidence>> loader = env.getDataLoader(EntityLoaders.EVIDENCE);
		return loader.load(subject);
	}

	/** GraphQL kind names to Neo4j labels; null (no filter) stays null. */
	static List<String> labels(List<String> kinds) {
		return (kinds != null) ? kinds.stream().map((kind) -> EntityKind.ofApiName(kind).label()).toList() : null;
	}

	private static List<String> ids(List<Entity> entities) {
		return entities.stream().map(Entity::id).distinct().toList();
	}

	private static <V> Map<Entity, V> byEntity(List<Entity> entities, Map<String, V> byId) {
		Map<Entity, V> result = new java.util.HashMap<>();
		entities.forEach((entity) -> result.put(entity, byId.get(entity.id())));
		return result;
	}

}
