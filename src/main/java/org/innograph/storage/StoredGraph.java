package org.innograph.storage;

import java.util.Set;

/**
 * The stored graph, in one file. Every curated thing is a node with the label
 * {@code :Entity} plus its kind's label ({@code :Organization}, {@code :Cluster} …, see
 * {@code EntityKind}); relationships between entities carry the graph's types
 * ({@code MEMBER_OF}, {@code PARTY_TO} …, see {@code RelationshipType}). Facts hang off
 * their entity; evidence and sources are nodes of their own, linked by id rather than by
 * relationships so that a quote can be about a relationship as well as a node.
 *
 * <pre>
 *   (:Source {id})                          one per document
 *   (:Evidence {id, subject, source, …})    a verbatim quote; subject = the id of an entity, fact or relationship
 *   (:Entity:&lt;Kind&gt; {id, kind, …})-[:HAS_FACT]-&gt;(:Fact {id, entity, key, …})
 *   (:Entity:&lt;Kind&gt;:Retired {retired: true, retiredAt, …})  a retired entity
 *   (:Entity)-[:&lt;TYPE&gt; {id, basis, status, validFrom, …}]-&gt;(:Entity)
 *   (:Change {id, at, actor, action, targetId, targetKind, before, after})   the audit trail
 *                                            (before/after as JSON, or as before.&lt;key&gt;, after.&lt;key&gt;)
 *   (:ApiToken {id, hash, name, role, createdAt, revokedAt})                 editors' credentials
 *   (:SeedState {id, hash, …})                                               what the seed step last loaded
 *   (:Proposal {id, source, kind, status, basis, quote, locator, confidence, rule, claim, record, …})   a claim read from a
 *                                            document by the curation pipeline, not public until a person accepts it
 *   (:__Neo4jMigration {version, checksum, …})                               schema migrations applied (store)
 * </pre>
 *
 * <p>
 * Dates are stored as the first day they can mean plus a precision ({@code validFrom} and
 * {@code validFromPrecision}: DAY, MONTH or YEAR); a {@code validTo} also keeps
 * {@code validToEnd}, its last day. Amounts keep the figure as written
 * ({@code amountValue}, {@code amountUnit}) and, for money, the same in won
 * ({@code amountWon}; {@code won} on facts). Records written through the editing API
 * carry {@code origin = "edit"} and a {@code version}; retired records stay, with
 * {@code retired = true} and when, by whom and why (retired entities also with the label
 * {@code :Retired}), and leave the default reads through {@link Predicates#active} and
 * {@link Predicates#activeEntity}.
 */
public final class StoredGraph {

	private StoredGraph() {
	}

	/** Labels. Entity kinds add their own label next to {@link #ENTITY}. */
	public static final String ENTITY = "Entity";

	public static final String SOURCE = "Source";

	public static final String EVIDENCE = "Evidence";

	public static final String FACT = "Fact";

	public static final String CHANGE = "Change";

	public static final String API_TOKEN = "ApiToken";

	public static final String SEED_STATE = "SeedState";

	/**
	 * On a retired entity, next to {@code retired = true}: the default reads test it
	 * ({@link Predicates#activeEntity}) rather than the property.
	 */
	public static final String RETIRED_ENTITY = "Retired";

	/**
	 * A claim the curation pipeline read from a document: no public read, export, count
	 * or measure matches this label.
	 */
	public static final String PROPOSAL = "Proposal";

	/**
	 * The one relationship that is not part of the curated graph: an entity to its facts.
	 */
	public static final String HAS_FACT = "HAS_FACT";

	/** Properties every record may carry. */
	public static final class Common {

		public static final String ID = "id";

		public static final String NOTE = "note";

		/**
		 * {@code "edit"} for records written through the editing API; absent for seeded
		 * ones.
		 */
		public static final String ORIGIN = "origin";

		public static final String ORIGIN_EDIT = "edit";

		/** Optimistic version of edited records; seeded records count as version 1. */
		public static final String VERSION = "version";

		public static final String RETIRED = "retired";

		public static final String RETIRED_AT = "retiredAt";

		public static final String RETIRED_BY = "retiredBy";

		public static final String RETIRED_REASON = "retiredReason";

		/**
		 * Set and removed inside one write transaction to take the record's write lock
		 * first.
		 */
		public static final String LOCK = "_lock";

		/**
		 * How the documents support a claim: STATED, PLANNED or INFERRED (see
		 * {@code Basis}).
		 */
		public static final String BASIS = "basis";

		/**
		 * The publication date of the earliest source that states a claim (a partial
		 * date).
		 */
		public static final String STATED_ON = "statedOn";

		public static final String STATUS = "status";

		private Common() {
		}

	}

	/** {@code (:Entity:<Kind>)}. */
	public static final class EntityProps {

		public static final String KIND = "kind";

		/**
		 * The sub-kind, e.g. {@code sub-task},
		 * {@code industry-academia-research-council}.
		 */
		public static final String TYPE = "type";

		public static final String NAME_KO = "nameKo";

		public static final String NAME_EN = "nameEn";

		public static final String ACRONYMS = "acronyms";

		public static final String ALIASES = "aliases";

		/** Every name in lower case, for exact look-ups (see {@code SearchNames}). */
		public static final String NAMES = "names";

		/** The names joined, for the full-text and text indexes. */
		public static final String SEARCH_TEXT = "searchText";

		/**
		 * The words of every name (Korean words by Nori, see {@code SearchWords}), joined
		 * by spaces, for the word index.
		 */
		public static final String NAME_WORDS = "nameWords";

		/**
		 * Every piece of one or two characters of the names without a space, once each
		 * (see {@code SearchNames.grams}), for the look-up of one- and two-character
		 * searches.
		 */
		public static final String NAME_GRAMS = "nameGrams";

		public static final String CODE = "code";

		public static final String DESCRIPTION_KO = "descriptionKo";

		public static final String DESCRIPTION_EN = "descriptionEn";

		/** A partial date: when an agreement was signed, an event happened … */
		public static final String DATE = "date";

		public static final String VALID_FROM = "validFrom";

		public static final String VALID_TO = "validTo";

		private EntityProps() {
		}

	}

	/** A relationship between two entities. */
	public static final class RelationshipProps {

		public static final String ROLE = "role";

		public static final String ROLE_LABEL_KO = "roleLabelKo";

		public static final String ROLE_LABEL_EN = "roleLabelEn";

		public static final String VALID_FROM = "validFrom";

		public static final String VALID_TO = "validTo";

		/** For a person's role: the day a later document named another holder. */
		public static final String SUCCEEDED_ON = "succeededOn";

		public static final String AMOUNT_VALUE = "amountValue";

		public static final String AMOUNT_UNIT = "amountUnit";

		public static final String AMOUNT_APPROXIMATE = "amountApproximate";

		public static final String AMOUNT_WON = "amountWon";

		private RelationshipProps() {
		}

	}

	/** {@code (:Fact)}: a keyed value of one entity. */
	public static final class FactProps {

		/** The id of the entity the fact belongs to. */
		public static final String ENTITY = "entity";

		public static final String KEY = "key";

		/** A number (stored as a float) or a text. */
		public static final String VALUE = "value";

		public static final String UNIT = "unit";

		/** For money: the value in won. */
		public static final String WON = "won";

		public static final String APPROXIMATE = "approximate";

		public static final String TEXT_KO = "textKo";

		public static final String TEXT_EN = "textEn";

		public static final String DATE = "date";

		public static final String FROM = "from";

		public static final String TO = "to";

		private FactProps() {
		}

	}

	/** {@code (:Source)}: a document. */
	public static final class SourceProps {

		public static final String DOCUMENT_ID = "documentId";

		public static final String TITLE_KO = "titleKo";

		public static final String TITLE_EN = "titleEn";

		public static final String PUBLISHER_KO = "publisherKo";

		public static final String PUBLISHER_EN = "publisherEn";

		public static final String PUBLISHER_ENTITY = "publisherEntity";

		public static final String PUBLISHED = "published";

		public static final String KIND = "kind";

		public static final String URL = "url";

		public static final String SHA256 = "sha256";

		public static final String LINE_COUNT = "lineCount";

		private SourceProps() {
		}

	}

	/** {@code (:Evidence)}: a verbatim quote of a source about one subject. */
	public static final class EvidenceProps {

		/** The id of the entity, fact or relationship the quote supports. */
		public static final String SUBJECT = "subject";

		/** The id of the source. */
		public static final String SOURCE = "source";

		public static final String QUOTE = "quote";

		/** Where in the source: {@code L12} or {@code L12-L14}. */
		public static final String LOCATOR = "locator";

		private EvidenceProps() {
		}

	}

	/**
	 * {@code (:Proposal)}: besides {@code id}, {@code source} (the document),
	 * {@code kind} (ENTITY, RELATIONSHIP or FACT), {@code status} (PROPOSED, ACCEPTED,
	 * CORRECTED, REJECTED or MERGED), {@code basis}, {@code quote} and {@code locator}
	 * (as evidence has them).
	 */
	public static final class ProposalProps {

		/** How sure the rule that read the claim is, 0 to 1. */
		public static final String CONFIDENCE = "confidence";

		/** The name of the rule that read it (title, table, agreement …). */
		public static final String RULE = "rule";

		/**
		 * The claim itself as JSON: a relationship's type and ends, an entity's kind and
		 * name, a fact's key and value.
		 */
		public static final String CLAIM = "claim";

		/**
		 * The record a reviewed proposal names: the entity or relationship its acceptance
		 * wrote, or the entity a candidate was merged into.
		 */
		public static final String RECORD = "record";

		/** Who reviewed it ({@code token:<name>}). */
		public static final String REVIEWED_BY = "reviewedBy";

		/** When it was reviewed. */
		public static final String REVIEWED_AT = "reviewedAt";

		/** Why it was rejected. */
		public static final String REVIEW_REASON = "reviewReason";

		private ProposalProps() {
		}

	}

	/**
	 * Suffixes a partial date adds to its property name ({@code validFromPrecision}) and
	 * the extra property a {@code validTo} gets ({@code validToEnd}).
	 */
	public static final String PRECISION_SUFFIX = "Precision";

	public static final String VALID_TO_END = "validToEnd";

	/**
	 * Every property key the stored graph uses, checked against a loaded and edited
	 * database by {@code StoredGraphIT}: a key written anywhere and not listed here is a
	 * change of the stored format that this file must describe.
	 */
	public static final Set<String> KNOWN_KEYS = Set.of(Common.ID, Common.NOTE, Common.ORIGIN, Common.VERSION,
			Common.RETIRED, Common.RETIRED_AT, Common.RETIRED_BY, Common.RETIRED_REASON, Common.BASIS, Common.STATED_ON,
			Common.STATED_ON + PRECISION_SUFFIX, Common.STATUS, EntityProps.KIND, EntityProps.TYPE, EntityProps.NAME_KO,
			EntityProps.NAME_EN, EntityProps.ACRONYMS, EntityProps.ALIASES, EntityProps.NAMES, EntityProps.SEARCH_TEXT,
			EntityProps.NAME_WORDS, EntityProps.NAME_GRAMS, EntityProps.CODE, EntityProps.DESCRIPTION_KO,
			EntityProps.DESCRIPTION_EN, EntityProps.DATE, EntityProps.DATE + PRECISION_SUFFIX, EntityProps.VALID_FROM,
			EntityProps.VALID_FROM + PRECISION_SUFFIX, EntityProps.VALID_TO, EntityProps.VALID_TO + PRECISION_SUFFIX,
			VALID_TO_END, RelationshipProps.ROLE, RelationshipProps.ROLE_LABEL_KO, RelationshipProps.ROLE_LABEL_EN,
			RelationshipProps.SUCCEEDED_ON, RelationshipProps.AMOUNT_VALUE, RelationshipProps.AMOUNT_UNIT,
			RelationshipProps.AMOUNT_APPROXIMATE, RelationshipProps.AMOUNT_WON, FactProps.ENTITY, FactProps.KEY,
			FactProps.VALUE, FactProps.UNIT, FactProps.WON, FactProps.APPROXIMATE, FactProps.TEXT_KO, FactProps.TEXT_EN,
			FactProps.FROM, FactProps.FROM + PRECISION_SUFFIX, FactProps.TO, FactProps.TO + PRECISION_SUFFIX,
			SourceProps.DOCUMENT_ID, SourceProps.TITLE_KO, SourceProps.TITLE_EN, SourceProps.PUBLISHER_KO,
			SourceProps.PUBLISHER_EN, SourceProps.PUBLISHER_ENTITY, SourceProps.PUBLISHED,
			SourceProps.PUBLISHED + PRECISION_SUFFIX, SourceProps.URL, SourceProps.SHA256, SourceProps.LINE_COUNT,
			EvidenceProps.SUBJECT, EvidenceProps.SOURCE, EvidenceProps.QUOTE, EvidenceProps.LOCATOR,
			ProposalProps.CONFIDENCE, ProposalProps.RULE, ProposalProps.CLAIM, ProposalProps.RECORD,
			ProposalProps.REVIEWED_BY, ProposalProps.REVIEWED_AT, ProposalProps.REVIEW_REASON);

}
