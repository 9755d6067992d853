package org.innograph.graph;

/**
 * The kinds of relationship between entities, named so that "from TYPE to" reads as a sentence
 * ("KARI PARTY_TO the 2023 space MOU"). The constant names are the Neo4j relationship types; only
 * these are ever put into Cypher text.
 */
public enum RelationshipType {

	/** An organisation or region is a party to an agreement. */
	PARTY_TO(false),
	/** A person signed an agreement. */
	SIGNED(false),
	/** A person heads an organisation (role: mayor, president …). */
	HEADS(false),
	/** A person or organisation acts for another (e.g. a vice-president representing KAIST). */
	REPRESENTS(false),
	/** A person or organisation attended an event. */
	ATTENDED(false),
	/** Member of a council, cluster, mega-region or group (role: lead, linked, participant …). */
	MEMBER_OF(false),
	/** Situated in a region (or, for a venue, in a place). */
	LOCATED_IN(false),
	/** A component of a larger whole (a sub-task of a task, a department of a city, a zone of a belt). */
	PART_OF(false),
	/** Operates a program, council, service or facility. */
	RUNS(false),
	/** Manages or administers on behalf of another (e.g. a specialised agency managing a program). */
	MANAGES(false),
	/** Organises or hosts an event (role: host, organizer). */
	ORGANIZES(false),
	/** Funds a program or project (amount, period). */
	FUNDS(false),
	/** Concentrates on a sector or field (role: the function, e.g. satellites). */
	FOCUSES_ON(false),
	/** An authority designates, selects or confirms something. */
	DESIGNATES(false),
	/** A region or organisation was designated as a zone, cluster or status. */
	DESIGNATED_AS(false),
	/** A department or organisation is responsible for a plan item or program. */
	RESPONSIBLE_FOR(false),
	/** A program, project or organisation implements a plan or plan item. */
	IMPLEMENTS(false),
	/** Takes part in a program, platform or event series. */
	PARTICIPATES_IN(false),
	/** Supports an organisation, program or sector. */
	SUPPORTS(false),
	/** A standing partnership (e.g. partner cities); symmetric. */
	PARTNER_OF(true),
	/** Cooperation between peers (e.g. the clusters of the space triangle); symmetric. */
	COOPERATES_WITH(true),
	/** An organisation publishes a plan or document. */
	PUBLISHES(false),
	/** An organisation establishes or creates an entity (a fund, a centre, an agency). */
	ESTABLISHES(false),
	/** A place or organisation hosts an entity (a region hosting a cluster or complex). */
	HOSTS(false),
	/** An organisation moves to a region. */
	RELOCATES_TO(false),
	/** A local government governs its region. */
	GOVERNS(false),
	/** An event is about an agreement, plan, program or council (a signing ceremony, a hearing on a draft plan). */
	CONCERNS(false);

	private final boolean symmetric;

	RelationshipType(boolean symmetric) {
		this.symmetric = symmetric;
	}

	/** Whether "a TYPE b" also means "b TYPE a"; the direction of a symmetric link carries no meaning. */
	public boolean symmetric() {
		return this.symmetric;
	}

}
