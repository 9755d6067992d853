package org.innograph.paths;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.innograph.api.ApiException;
import org.innograph.api.ErrorCode;
import org.innograph.api.ErrorCodes;
import org.innograph.entity.Entity;
import org.innograph.entity.EntityReads;
import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipType;
import org.innograph.storage.AsOf;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code connections}, {@code connectionReport} and {@code partnership}: arguments are
 * checked here, before any Cypher runs. An unknown id in {@code connections} errors on
 * that field alone (NOT_FOUND, with its path) and answers it {@code []}, so that the
 * other fields of the query keep their data.
 */
@Controller
class PathController {

	static final int MAX_HOPS = 6;

	static final int MAX_PATHS = 20;

	private final PathReads paths;

	private final EntityReads entities;

	private final PathsProperties properties;

	PathController(PathReads paths, EntityReads entities, PathsProperties properties) {
		this.paths = paths;
		this.entities = entities;
		this.properties = properties;
	}

	@QueryMapping
	DataFetcherResult<List<Path>> connections(@Argument String from, @Argument String to, @Argument Integer maxHops,
			@Argument Integer first, @Argument List<RelationshipType> types, @Argument PartialDate asOf,
			@Argument Boolean throughHubs, DataFetchingEnvironment env) {
		Search search = search(from, to, maxHops, first, types, throughHubs);
		if (from.equals(to)) {
			// An unknown id is NOT_FOUND before it is the same twice.
			return unknownEnd(from, to, env).orElseThrow(PathController::sameEntity);
		}
		SearchBudget budget = SearchBudget.of(this.properties.searchTimeout());
		PathReads.Found found = this.paths.connections(from, to, search.hops(), search.count(), search.followed(),
				AsOf.day(asOf), search.throughHubs(), budget);
		// The searches start from active ends only: a chain found, or a first search
		// that ran, says both exist. Only when neither did is the store asked which
		// does not, one statement less for every other question.
		if (!found.endsActive()) {
			Optional<DataFetcherResult<List<Path>>> unknown = unknownEnd(from, to, env);
			if (unknown.isPresent()) {
				return unknown.get();
			}
		}
		var result = DataFetcherResult.<List<Path>>newResult().data(found.paths());
		if (!found.complete()) {
			// The chains found before the limit (none, or those of stated links), and an
			// error that says the list may miss some: the client can narrow the search.
			result.error(ErrorCodes.error(env,
					new ApiException(ErrorCode.TIMEOUT,
							"The search for chains timed out at its limit of " + budget.total().toMillis() + " ms; "
									+ (found.paths().isEmpty() ? "no chain was found before it. "
											: "the chains returned are those found before it. ")
									+ "Lower maxHops or first, name types, or ask connectionReport.",
							Map.of("partial", true, "limitMillis", budget.total().toMillis()))));
		}
		return result.build();
	}

	@QueryMapping
	ConnectionReport connectionReport(@Argument String from, @Argument String to, @Argument Integer maxHops,
			@Argument Integer first, @Argument List<RelationshipType> types, @Argument PartialDate asOf,
			@Argument Boolean throughHubs) {
		Search search = search(from, to, maxHops, first, types, throughHubs);
		if (from.equals(to)) {
			// An unknown id is NOT_FOUND before it is the same twice.
			requireEntities(from, to);
			throw sameEntity();
		}
		var day = AsOf.day(asOf);
		// One budget for every search below: the report answers within it whatever it
		// has to try.
		SearchBudget budget = SearchBudget.of(this.properties.searchTimeout());
		PathReads.Found found = this.paths.connections(from, to, search.hops(), search.count(), search.followed(), day,
				search.throughHubs(), budget);
		if (!found.endsActive()) {
			// As for connections: the store is asked only when the searches could not
			// tell.
			requireEntities(from, to);
		}
		if (!found.paths().isEmpty()) {
			return ConnectionReport.found(found.paths(), found.complete());
		}
		if (!found.complete()) {
			return ConnectionReport.limited(search.hops(), false, budget.total());
		}
		// Longer chains of the asked types, then chains of any type, then chains through
		// hubs: one shortest chain each.
		List<RelationshipType> every = Arrays.asList(RelationshipType.values());
		if (search.hops() < MAX_HOPS) {
			PathReads.Shortest longer = this.paths.shortestLength(from, to, MAX_HOPS, search.followed(), day,
					search.throughHubs(), budget);
			if (!longer.complete()) {
				return ConnectionReport.limited(search.hops(), true, budget.total());
			}
			if (longer.hops() > 0) {
				return ConnectionReport.beyond(search.hops(), longer.hops());
			}
		}
		if (types != null) {
			PathReads.Shortest any = this.paths.shortestLength(from, to, MAX_HOPS, every, day, search.throughHubs(),
					budget);
			if (!any.complete()) {
				return ConnectionReport.limited(search.hops(), true, budget.total());
			}
			if (any.hops() > 0) {
				return ConnectionReport.excluded(any.hops());
			}
		}
		if (!search.throughHubs()) {
			PathReads.Shortest hubs = this.paths.shortestLength(from, to, MAX_HOPS, every, day, true, budget);
			if (!hubs.complete()) {
				return ConnectionReport.limited(search.hops(), true, budget.total());
			}
			if (hubs.hops() > 0) {
				return ConnectionReport.throughHubs(hubs.hops());
			}
		}
		return ConnectionReport.none(MAX_HOPS);
	}

	/**
	 * NOT_FOUND for an end that is not an active entity, on this field alone: the list is
	 * non-null, and answering it empty with the error keeps the siblings' data. Empty
	 * when both ends exist.
	 */
	private Optional<DataFetcherResult<List<Path>>> unknownEnd(String from, String to, DataFetchingEnvironment env) {
		try {
			requireEntities(from, to);
			return Optional.empty();
		}
		catch (ApiException ex) {
			return Optional
				.of(DataFetcherResult.<List<Path>>newResult().data(List.of()).error(ErrorCodes.error(env, ex)).build());
		}
	}

	/** The checked arguments of a search for chains. */
	private record Search(int hops, int count, List<RelationshipType> followed, boolean throughHubs) {
	}

	private static ApiException sameEntity() {
		return ApiException.badRequest("'from' and 'to' are the same entity");
	}

	private static Search search(String from, String to, Integer maxHops, Integer first, List<RelationshipType> types,
			Boolean throughHubs) {
		int hops = (maxHops != null) ? maxHops : 4;
		int count = (first != null) ? first : 5;
		if (hops < 1 || hops > MAX_HOPS) {
			throw ApiException.badRequest("'maxHops' must be between 1 and " + MAX_HOPS + ", was " + hops);
		}
		if (count < 1 || count > MAX_PATHS) {
			throw ApiException.badRequest("'first' must be between 1 and " + MAX_PATHS + ", was " + count);
		}
		if (types != null && types.isEmpty()) {
			throw ApiException.badRequest("'types' must name at least one relationship type when given");
		}
		return new Search(hops, count, (types != null) ? types : Arrays.asList(RelationshipType.values()),
				Boolean.TRUE.equals(throughHubs));
	}

	@QueryMapping
	Partnership partnership(@Argument String a, @Argument String b, @Argument PartialDate asOf) {
		if (a.equals(b)) {
			throw ApiException.badRequest("'a' and 'b' are the same entity");
		}
		Map<String, Entity> found = requireEntities(a, b);
		return this.paths.partnership(found.get(a), found.get(b), AsOf.day(asOf));
	}

	private Map<String, Entity> requireEntities(String... ids) {
		Map<String, Entity> found = this.entities.entities(List.of(ids));
		for (String id : ids) {
			if (!found.containsKey(id)) {
				throw ApiException.notFound("No entity with id '" + id + "'");
			}
		}
		return found;
	}

}
