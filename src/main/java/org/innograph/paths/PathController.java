package org.innograph.paths;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.innograph.api.ApiException;
import org.innograph.entity.Entity;
import org.innograph.entity.EntityReads;
import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipType;
import org.innograph.storage.AsOf;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code connections} and {@code partnership}: arguments are checked here, before any
 * Cypher runs.
 */
@Controller
class PathController {

	static final int MAX_HOPS = 6;

	static final int MAX_PATHS = 20;

	private final PathReads paths;

	private final EntityReads entities;

	PathController(PathReads paths, EntityReads entities) {
		this.paths = paths;
		this.entities = entities;
	}

	@QueryMapping
	List<Path> connections(@Argument String from, @Argument String to, @Argument Integer maxHops,
			@Argument Integer first, @Argument List<RelationshipType> types, @Argument PartialDate asOf) {
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
		requireEntities(from, to);
		if (from.equals(to)) {
			throw ApiException.badRequest("'from' and 'to' are the same entity");
		}
		List<RelationshipType> followed = (types != null) ? types : Arrays.asList(RelationshipType.values());
		return this.paths.connections(from, to, hops, count, followed, AsOf.day(asOf));
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
