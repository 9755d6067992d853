package org.innograph.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innograph.api.ApiException;
import org.innograph.api.ErrorCode;
import org.innograph.graph.EntityKind;
import org.innograph.graph.PartialDate;
import org.innograph.storage.AsOf;

/**
 * The filter arguments {@code entities}, {@code counts} and {@code search} share, read
 * from a request (an argument a field does not have is simply absent): their sizes are
 * bounded, and every id they name must exist (with the kind it must have) before anything
 * is listed or counted, so that a typo answers NOT_FOUND naming the argument instead of
 * an empty list.
 */
public class EntityFilters {

	/** The most values a list argument ({@code types}, {@code codes}) takes. */
	static final int MAX_VALUES = 100;

	private final EntityReads reads;

	public EntityFilters(EntityReads reads) {
		this.reads = reads;
	}

	/**
	 * The filter the arguments ask for; refused with BAD_REQUEST or NOT_FOUND before any
	 * list runs.
	 */
	public EntityReads.ListFilter of(Map<String, Object> arguments) {
		List<String> kinds = strings(arguments, "kinds");
		List<String> types = strings(arguments, "types");
		List<String> codes = strings(arguments, "codes");
		String region = (String) arguments.get("region");
		String sector = (String) arguments.get("sector");
		String memberOf = (String) arguments.get("memberOf");
		String partOf = (String) arguments.get("partOf");
		String source = (String) arguments.get("source");
		Object relation = arguments.get("regionRelation");
		Object role = arguments.get("role");
		EntityReads.ListFilter filter = new EntityReads.ListFilter(EntityController.labels(kinds), types, codes, region,
				(relation != null) ? RegionRelation.valueOf(relation.toString()) : null, sector, memberOf, partOf,
				(role != null) ? MembershipRole.valueOf(role.toString()) : null, string(arguments.get("status")),
				string(arguments.get("basis")), source, AsOf.day((PartialDate) arguments.get("asOf")));
		checkIds(filter);
		return filter;
	}

	private void checkIds(EntityReads.ListFilter filter) {
		List<EntityReads.IdReference> references = new ArrayList<>();
		add(references, "region", filter.region(), EntityKind.REGION.label());
		add(references, "sector", filter.sector(), EntityKind.SECTOR.label());
		add(references, "memberOf", filter.memberOf(), null);
		add(references, "partOf", filter.partOf(), null);
		add(references, "source", filter.source(), "Source");
		List<String> unknown = this.reads.unknownIds(references);
		if (!unknown.isEmpty()) {
			String argument = unknown.get(0);
			EntityReads.IdReference reference = references.stream()
				.filter((ref) -> ref.argument().equals(argument))
				.findFirst()
				.orElseThrow();
			String what = switch (argument) {
				case "region" -> "region";
				case "sector" -> "sector";
				case "source" -> "source document";
				default -> "entity";
			};
			throw new ApiException(ErrorCode.NOT_FOUND,
					"No " + what + " with id '" + reference.id() + "' (argument '" + argument + "')",
					Map.of("argument", argument));
		}
	}

	private static void add(List<EntityReads.IdReference> references, String argument, String id, String kind) {
		if (id != null) {
			references.add(new EntityReads.IdReference(argument, id, kind));
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Map<String, Object> arguments, String name) {
		List<Object> values = (List<Object>) arguments.get(name);
		if (values == null) {
			return null;
		}
		if (values.size() > MAX_VALUES) {
			throw ApiException
				.badRequest("'" + name + "' takes at most " + MAX_VALUES + " values, was " + values.size());
		}
		return values.stream().map(Object::toString).distinct().toList();
	}

	private static String string(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
