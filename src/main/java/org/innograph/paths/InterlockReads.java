package org.innograph.paths;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.api.Paging;
import org.innograph.graph.EntityKind;
import org.innograph.graph.RelationshipType;
import org.innograph.limits.QueryShape;
import org.innograph.store.GraphReads;
import org.innograph.store.PageSlices;
import org.innograph.storage.Predicates;

import org.springframework.stereotype.Component;

/**
 * The statement behind {@code Entity.interlocks}: the agreements, councils, programs and
 * clusters an entity belongs to (the membership rule of {@link SharedLink}), each with
 * the other entities that belong to it the same way, paged by the shared entity in one
 * statement.
 */
@Component
class InterlockReads {

	private final GraphReads reads;

	InterlockReads(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * One page of interlocks for each of {@code ids}, all asked with the same page size
	 * and cursor item, in one statement: by entity id, {@code total}, {@code start} and
	 * {@code page}, whose rows hold {@code via} (the shared entity), {@code own} (this
	 * entity's links to it), {@code partnerCount} and {@code partners} (at most
	 * {@code maxPartners}, each with {@code entity} and {@code links}). Groups where the
	 * entity's own link is stated come first, then those shared with more others, then by
	 * the shared entity's id, which makes the order a cursor can resume in.
	 */
	Map<String, Map<String, Object>> pages(List<String> ids, int maxPartners, Paging paging) {
		Map<String, Object> parameters = new HashMap<>(paging.parameters());
		parameters.put("ids", ids);
		parameters.put("kinds", SharedLink.MEMBERSHIP_KINDS.stream().map(EntityKind::label).sorted().toList());
		parameters.put("types", SharedLink.MEMBERSHIP_TYPES.stream().map(RelationshipType::name).sorted().toList());
		parameters.put("maxPartners", maxPartners);
		parameters.put("maxLinks", QueryShape.MAX_INTERLOCK_LINKS);
		Map<String, Map<String, Object>> pages = new HashMap<>();
		this.reads
			.list("""
					UNWIND $ids AS id
					CALL (id) {
					  OPTIONAL MATCH (x:Entity {id: id})-[r]->(v:Entity)
					  WHERE type(r) IN $types AND v.kind IN $kinds AND """ + Predicates.active("x", "r", "v") + """

					WITH x, v, collect({rel: r {.*}, type: type(r), from: x {.*}, to: v {.*}})[0..$maxLinks] AS own,
					     min(""" + BASIS_RANK.formatted("r") + """
					) AS ownRank
					  OPTIONAL MATCH (y:Entity)-[s]->(v)
					  WHERE y <> x AND type(s) IN $types AND """ + Predicates.active("y", "s")
					+ """

							  WITH v, own, ownRank, y, collect({rel: s {.*}, type: type(s), from: y {.*}, to: v {.*}})[0..$maxLinks] AS links
							  ORDER BY y.nameKo, y.id
							  WITH v, own, ownRank, [p IN collect(CASE WHEN y IS NULL THEN null ELSE {entity: y {.*}, links: links} END)
							       WHERE p IS NOT NULL] AS partners
							  WHERE size(partners) > 0
							  WITH v, own, ownRank, partners ORDER BY ownRank, size(partners) DESC, v.id
							  WITH collect({id: v.id, via: v {.*}, own: own, partnerCount: size(partners),
							       partners: partners[0..$maxPartners]}) AS items
							"""
					+ PageSlices.slice("items").indent(2) + """
							}
							RETURN id, total, start, page
							""", parameters)
			.forEach((row) -> pages.put((String) row.get("id"), row));
		return pages;
	}

	/** Strongest first, as {@link org.innograph.graph.Basis} orders them. */
	private static final String BASIS_RANK = "CASE %1$s.basis WHEN 'PLANNED' THEN 1 WHEN 'INFERRED' THEN 2 ELSE 0 END";

}
