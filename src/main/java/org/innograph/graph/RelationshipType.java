package org.innograph.graph;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of relationship between entities, named so that "from TYPE to" reads as a
 * sentence ("KARI PARTY_TO the 2023 space MOU"). The constant names are the Neo4j
 * relationship types; only these are ever put into Cypher text.
 */
public enum RelationshipType {

	/** An organisation or region is a party to an agreement. */
	PARTY_TO(false, "협약 당사자", "is party to"),
	/** A person signed an agreement. */
	SIGNED(false, "서명", "signed"),
	/** A person heads an organisation (role: mayor, president …). */
	HEADS(false, "기관장", "heads"),
	/**
	 * A person or organisation acts for another (e.g. a vice-president representing
	 * KAIST).
	 */
	REPRESENTS(false, "대표", "represents"),
	/** A person or organisation attended an event. */
	ATTENDED(false, "참석", "attended"),
	/**
	 * Member of a council, cluster, mega-region or group (role: lead, linked, participant
	 * …).
	 */
	MEMBER_OF(false, "참여(구성원)", "is a member of"),
	/** Situated in a region (or, for a venue, in a place). */
	LOCATED_IN(false, "소재", "is located in"),
	/**
	 * A component of a larger whole (a sub-task of a task, a department of a city, a zone
	 * of a belt).
	 */
	PART_OF(false, "소속(일부)", "is part of"),
	/** Operates a program, council, service or facility. */
	RUNS(false, "운영", "runs"),
	/**
	 * Manages or administers on behalf of another (e.g. a specialised agency managing a
	 * program).
	 */
	MANAGES(false, "관리", "manages"),
	/** Organises or hosts an event (role: host, organizer). */
	ORGANIZES(false, "주최·주관", "organizes"),
	/** Funds a program or project (amount, period). */
	FUNDS(false, "재정 지원", "funds"),
	/** Concentrates on a sector or field (role: the function, e.g. satellites). */
	FOCUSES_ON(false, "중점 분야", "focuses on"),
	/** An authority designates, selects or confirms something. */
	DESIGNATES(false, "지정·확정", "designates"),
	/** A region or organisation was designated as a zone, cluster or status. */
	DESIGNATED_AS(false, "지정됨", "was designated as"),
	/** A department or organisation is responsible for a plan item or program. */
	RESPONSIBLE_FOR(false, "담당", "is responsible for"),
	/** A program, project or organisation implements a plan or plan item. */
	IMPLEMENTS(false, "추진", "implements"),
	/** Takes part in a program, platform or event series. */
	PARTICIPATES_IN(false, "참여", "participates in"),
	/** Supports an organisation, program or sector. */
	SUPPORTS(false, "지원", "supports"),
	/** A standing partnership (e.g. partner cities); symmetric. */
	PARTNER_OF(true, "협력 파트너", "is a partner of"),
	/** Cooperation between peers (e.g. the clusters of the space triangle); symmetric. */
	COOPERATES_WITH(true, "협력", "cooperates with"),
	/** An organisation publishes a plan or document. */
	PUBLISHES(false, "발표·수립", "publishes"),
	/** An organisation establishes or creates an entity (a fund, a centre, an agency). */
	ESTABLISHES(false, "설립·제정", "establishes"),
	/**
	 * A place or organisation hosts an entity (a region hosting a cluster or complex).
	 */
	HOSTS(false, "유치", "hosts"),
	/** An organisation moves to a region. */
	RELOCATES_TO(false, "이전", "relocates to"),
	/** A local government governs its region. */
	GOVERNS(false, "관할", "governs"),
	/**
	 * An event is about an agreement, plan, program or council (a signing ceremony, a
	 * hearing on a draft plan).
	 */
	CONCERNS(false, "관련", "concerns");

	/**
	 * Every type's name: the only relationship types written between entities (HAS_FACT
	 * and CITES, to facts and sources, are not among them).
	 */
	public static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();

	/**
	 * {@link #NAMES} as a Cypher type expression ({@code PARTY_TO|SIGNED|…}): a pattern
	 * with it follows every link between entities and nothing else.
	 */
	public static final String ANY = String.join("|", NAMES);

	private final boolean symmetric;

	private final String labelKo;

	private final String labelEn;

	RelationshipType(boolean symmetric, String labelKo, String labelEn) {
		this.symmetric = symmetric;
		this.labelKo = labelKo;
		this.labelEn = labelEn;
	}

	/** A short Korean label for citations and the explorer (e.g. 협약 당사자). */
	public String labelKo() {
		return this.labelKo;
	}

	/**
	 * The English verb phrase: "from labelEn to" reads as a sentence (e.g. "is party
	 * to").
	 */
	public String labelEn() {
		return this.labelEn;
	}

	/**
	 * Whether "a TYPE b" also means "b TYPE a"; the direction of a symmetric link carries
	 * no meaning.
	 */
	public boolean symmetric() {
		return this.symmetric;
	}

}
