package org.innograph.curation;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.innograph.graph.EntityKind;
import org.innograph.graph.RelationshipType;

import static org.innograph.graph.EntityKind.AGREEMENT;
import static org.innograph.graph.EntityKind.CLUSTER;
import static org.innograph.graph.EntityKind.COUNCIL;
import static org.innograph.graph.EntityKind.EVENT;
import static org.innograph.graph.EntityKind.FACILITY;
import static org.innograph.graph.EntityKind.INDUSTRIAL_COMPLEX;
import static org.innograph.graph.EntityKind.ORGANIZATION;
import static org.innograph.graph.EntityKind.PERSON;
import static org.innograph.graph.EntityKind.PLAN;
import static org.innograph.graph.EntityKind.PROGRAM;
import static org.innograph.graph.EntityKind.REGION;
import static org.innograph.graph.EntityKind.SECTOR;

/**
 * The relation words of Korean public documents and what they state between two entities:
 * the relationship type, the kinds of entity each end may be, and how sure a sentence
 * with the word and both ends is (the weaker the word, the lower). The rules know words
 * and kinds, never particular entities.
 */
final class RelationRules {

	/** A relation word and the claim it makes between a {@code from} and a {@code to}. */
	record Rule(String name, Pattern word, RelationshipType type, Set<EntityKind> from, Set<EntityKind> to,
			double confidence) {
	}

	static final List<Rule> RULES = List.of(
			rule("agreement", "협약|MOU|협정", RelationshipType.PARTY_TO, Set.of(ORGANIZATION, REGION), Set.of(AGREEMENT),
					0.7),
			rule("designation", "지정|선정", RelationshipType.DESIGNATED_AS, Set.of(ORGANIZATION, REGION), Set.of(CLUSTER),
					0.55),
			rule("membership", "참여|참가|구성|소속", RelationshipType.MEMBER_OF,
					Set.of(ORGANIZATION, REGION, INDUSTRIAL_COMPLEX), Set.of(COUNCIL), 0.55),
			rule("participation", "참여|참가", RelationshipType.PARTICIPATES_IN, Set.of(ORGANIZATION), Set.of(PROGRAM),
					0.45),
			rule("organizing", "주관|주최|개최", RelationshipType.ORGANIZES, Set.of(ORGANIZATION), Set.of(EVENT), 0.6),
			rule("running", "운영|주관|수행|전담", RelationshipType.RUNS, Set.of(ORGANIZATION),
					Set.of(PROGRAM, COUNCIL, FACILITY), 0.5),
			rule("support", "지원", RelationshipType.SUPPORTS, Set.of(ORGANIZATION, PROGRAM, AGREEMENT),
					Set.of(PROGRAM, COUNCIL, CLUSTER, SECTOR), 0.4),
			rule("location", "위치|소재|입지", RelationshipType.LOCATED_IN,
					Set.of(ORGANIZATION, FACILITY, INDUSTRIAL_COMPLEX, CLUSTER), Set.of(REGION), 0.5),
			rule("cooperation", "협력|협업|공동", RelationshipType.COOPERATES_WITH, Set.of(ORGANIZATION, CLUSTER),
					Set.of(ORGANIZATION, CLUSTER), 0.35),
			rule("launch", "출범", RelationshipType.CONCERNS, Set.of(EVENT), Set.of(COUNCIL, PROGRAM), 0.5),
			rule("attendance", "참석", RelationshipType.ATTENDED, Set.of(PERSON, ORGANIZATION), Set.of(EVENT), 0.5),
			rule("publication", "수립|발표|마련|확정", RelationshipType.PUBLISHES, Set.of(ORGANIZATION), Set.of(PLAN), 0.5),
			rule("funding", "투자|출연|투입", RelationshipType.FUNDS, Set.of(ORGANIZATION), Set.of(PROGRAM), 0.5),
			rule("establishment", "설립|설치|건립|개소", RelationshipType.ESTABLISHES, Set.of(ORGANIZATION, REGION),
					Set.of(ORGANIZATION, FACILITY), 0.4),
			rule("relocation", "이전", RelationshipType.RELOCATES_TO, Set.of(ORGANIZATION), Set.of(REGION), 0.4),
			rule("implementation", "추진|시행|실시", RelationshipType.IMPLEMENTS, Set.of(PROGRAM), Set.of(PLAN), 0.4),
			rule("focus", "분야|중심|특화", RelationshipType.FOCUSES_ON, Set.of(COUNCIL, PROGRAM, CLUSTER), Set.of(SECTOR),
					0.4));

	/**
	 * Words that make a sentence say a thing is intended, not done: its claims are
	 * PLANNED.
	 */
	static final Pattern PLANNED = Pattern
		.compile("예정|계획이다|계획임|계획\\s*$|방침|하기로|할 것|나갈 것|추진한다|추진할|한다는|목표로|추진 중|예정이다|할 계획");

	/** Gathering views (의견수렴): an event held for it concerns what the views are on. */
	static final Pattern CONSULTATION = Pattern.compile("의견\\s*수렴|의견을\\s*수렴");

	/** What follows the subject of a sentence: 산업부는, 대전시가. */
	static final Pattern SUBJECT = Pattern.compile("[”\"’」』]*(?:은|는|이|가|에서는)(?![가-힣])");

	/**
	 * What follows a body that the sentence's subject runs: its object particle and the
	 * verb (“로드맵 수립 기획단”(6개 분과, 24명)을 운영).
	 */
	static final Pattern RUN_OBJECT = Pattern.compile("[”\"’」』]*(?:\\([^()]{0,40}\\))?\\s*(?:을|를)\\s*(?:설치[·ㆍ]?)?운영");

	/** Words before a place that make it the venue of an event (…에서 열린, …에서 개최). */
	static final Pattern VENUE = Pattern.compile("^\\s*(?:에서|에서는)");

	private RelationRules() {
	}

	private static Rule rule(String name, String words, RelationshipType type, Set<EntityKind> from, Set<EntityKind> to,
			double confidence) {
		return new Rule(name, Pattern.compile(words), type, from, to, confidence);
	}

}
