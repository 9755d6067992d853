package org.innograph.time;

import java.util.List;

import org.innograph.storage.Predicates;

/**
 * People's roles in organisations (HEADS, REPRESENTS) hold from the day they start (their
 * {@code validFrom}, else their {@code statedOn}) until a later document names another
 * holder of the same role at the same organisation. Documents rarely say when a minister
 * left office, and the seed does not invent a {@code validTo}: the successor's start is
 * stored on the earlier role as {@code succeededOn}, and
 * {@link org.innograph.storage.AsOf#holds} stops the role there. Recomputed after every
 * load and every edit of a role, from the roles themselves, so it cannot drift.
 */
public final class RoleSuccession {

	/** Relationship types that are a person's role in an organisation. */
	public static final List<String> ROLE_TYPES = List.of("HEADS", "REPRESENTS");

	/**
	 * Sets {@code succeededOn} on every role ($types) of a person at an organisation: the
	 * earliest start of another person's role of the same type and role name at the same
	 * organisation that starts later. Limited to organisations in {@code $orgs} when that
	 * is not null.
	 */
	public static final String RECOMPUTE = """
			MATCH (p:Person)-[r]->(o:Entity)
			WHERE type(r) IN $types AND ($orgs IS NULL OR o.id IN $orgs)
			  AND """ + Predicates.active("r") + """
			WITH p, r, o, type(r) AS type, coalesce(r.role, '') AS role, coalesce(r.validFrom, r.statedOn) AS start
			CALL (r, o, p, type, role, start) {
			  OPTIONAL MATCH (q:Person)-[s]->(o)
			  WHERE type(s) = type AND coalesce(s.role, '') = role AND q <> p
			    AND """ + Predicates.active("s") + """
			    AND start IS NOT NULL AND coalesce(s.validFrom, s.statedOn) > start
			  RETURN min(coalesce(s.validFrom, s.statedOn)) AS next
			}
			SET r.succeededOn = next
			RETURN count(r) AS roles
			""";

	private RoleSuccession() {
	}

}
