package org.innograph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.innograph.graph.EntityKind;
import org.innograph.graph.RelationshipIds;
import org.innograph.graph.RelationshipType;
import org.innograph.graph.SearchNames;
import org.innograph.graph.SearchWords;
import org.innograph.storage.StoredGraph;
import org.innograph.storage.StoredRecords;

/**
 * An ecosystem-shaped graph of any size, the same for the same seed: regions, sectors,
 * industrial complexes, councils, programs, agreements and organisations with Korean and
 * English names, linked by typed relationships whose degrees follow a power law (a skewed
 * rank sampler), and evidence records citing a handful of synthetic documents. Entities
 * and relationships are held as compact arrays and turned into property rows on demand,
 * so a million entities fit in a small heap.
 */
public final class SyntheticGraph implements KnownGraph {

	/** Synthetic documents cited by the generated evidence (doc:900 …). */
	static final int SOURCES = 5;

	/** Share of the node budget spent on evidence records. */
	private static final double EVIDENCE_SHARE = 0.1;

	/** Relationships per node of the budget: 100K nodes give about 500K relationships. */
	private static final int RELATIONSHIPS_PER_NODE = 5;

	/** How strongly skewed picks favour the hubs: the exponent of the rank sampler. */
	private static final double SKEW = 2.5;

	private final long seed;

	private final int size;

	private final EntityKind[] kindOrder = { EntityKind.REGION, EntityKind.SECTOR, EntityKind.INDUSTRIAL_COMPLEX,
			EntityKind.COUNCIL, EntityKind.PROGRAM, EntityKind.AGREEMENT, EntityKind.ORGANIZATION };

	/** First index of each kind in {@link #kindOrder}, plus the total at the end. */
	private final int[] kindStart;

	private final int[] from;

	private final int[] to;

	private final byte[] type;

	private final int relationshipCount;

	private final int[] degree;

	private final int evidenceCount;

	private SyntheticGraph(long seed, int size, int[] kindStart, int[] from, int[] to, byte[] type, int count,
			int[] degree, int evidenceCount) {
		this.seed = seed;
		this.size = size;
		this.kindStart = kindStart;
		this.from = from;
		this.to = to;
		this.type = type;
		this.relationshipCount = count;
		this.degree = degree;
		this.evidenceCount = evidenceCount;
	}

	/**
	 * Generates a graph of about {@code nodes} nodes (entities plus evidence) and five
	 * times as many relationships.
	 */
	public static SyntheticGraph generate(int nodes, long seed) {
		if (nodes < 1000) {
			throw new IllegalArgumentException("At least 1000 nodes, was " + nodes);
		}
		int evidence = (int) (nodes * EVIDENCE_SHARE);
		int entities = nodes - evidence;
		int regions = Math.max(17, Math.min(260, entities / 400));
		int sectors = SECTORS.length;
		int complexes = Math.min(1264, entities / 50);
		int councils = Math.max(10, entities / 200);
		int programs = Math.max(10, entities / 100);
		int agreements = entities / 7;
		int organizations = entities - regions - sectors - complexes - councils - programs - agreements;
		int[] counts = { regions, sectors, complexes, councils, programs, agreements, organizations };
		int[] kindStart = new int[counts.length + 1];
		for (int k = 0; k < counts.length; k++) {
			kindStart[k + 1] = kindStart[k] + counts[k];
		}
		Builder builder = new Builder(seed, entities, (long) nodes * RELATIONSHIPS_PER_NODE - evidence, kindStart);
		builder.build();
		return new SyntheticGraph(seed, entities, kindStart, builder.from, builder.to, builder.type, builder.count,
				builder.degree, evidence);
	}

	/** Number of entities. */
	public int entityCount() {
		return this.size;
	}

	/** Number of relationships between entities. */
	public int relationshipCount() {
		return this.relationshipCount;
	}

	/** Number of evidence records (each cites one source). */
	public int evidenceCount() {
		return this.evidenceCount;
	}

	public long seed() {
		return this.seed;
	}

	public EntityKind kind(int entity) {
		for (int k = this.kindOrder.length - 1; k >= 0; k--) {
			if (entity >= this.kindStart[k]) {
				return this.kindOrder[k];
			}
		}
		throw new IllegalArgumentException("No entity " + entity);
	}

	/** Number of entities of a kind. */
	public int count(EntityKind kind) {
		int k = Arrays.asList(this.kindOrder).indexOf(kind);
		return (k < 0) ? 0 : this.kindStart[k + 1] - this.kindStart[k];
	}

	/** The index of the n-th entity of a kind. */
	public int entityOf(EntityKind kind, int n) {
		return this.kindStart[Arrays.asList(this.kindOrder).indexOf(kind)] + n;
	}

	/** The entity's id, with its kind's prefix: {@code org:syn-12345}. */
	public String id(int entity) {
		return kind(entity).idPrefix() + ":syn-" + entity;
	}

	public int degree(int entity) {
		return this.degree[entity];
	}

	public int relationshipFrom(int relationship) {
		return this.from[relationship];
	}

	public int relationshipTo(int relationship) {
		return this.to[relationship];
	}

	public RelationshipType relationshipType(int relationship) {
		return TYPES[this.type[relationship]];
	}

	public String relationshipId(int relationship) {
		return RelationshipIds.of(id(this.from[relationship]), relationshipType(relationship),
				id(this.to[relationship]), null);
	}

	/**
	 * The Korean name: unique per entity, built from a syllable table and a suffix of its
	 * kind.
	 */
	public String nameKo(int entity) {
		EntityKind kind = kind(entity);
		if (kind == EntityKind.SECTOR) {
			return SECTORS[entity - this.kindStart[1]][0];
		}
		String[][] suffixes = suffixes(kind);
		int local = entity - this.kindStart[Arrays.asList(this.kindOrder).indexOf(kind)];
		StringBuilder name = new StringBuilder();
		for (int s : syllables(local / suffixes.length)) {
			name.append(SYLLABLES[s][0]);
		}
		return name.append(suffixes[local % suffixes.length][0]).toString();
	}

	/** The English name: the romanised syllables and the suffix's translation. */
	public String nameEn(int entity) {
		EntityKind kind = kind(entity);
		if (kind == EntityKind.SECTOR) {
			return SECTORS[entity - this.kindStart[1]][1];
		}
		String[][] suffixes = suffixes(kind);
		int local = entity - this.kindStart[Arrays.asList(this.kindOrder).indexOf(kind)];
		StringBuilder name = new StringBuilder();
		for (int s : syllables(local / suffixes.length)) {
			name.append(name.isEmpty() ? SYLLABLES[s][1] : SYLLABLES[s][1].toLowerCase(Locale.ROOT));
		}
		return name.append(' ').append(suffixes[local % suffixes.length][1]).toString();
	}

	/**
	 * The lower-cased names the exact and prefix look-ups match, by the rule the seed
	 * loader and edits store them with ({@link SearchNames}).
	 */
	public List<String> names(int entity) {
		return SearchNames.of(nameKo(entity), nameEn(entity), List.of(), List.of());
	}

	public String searchText(int entity) {
		return String.join(" ", names(entity));
	}

	/** The properties of an entity node, in the storage model the application reads. */
	public Map<String, Object> entityProperties(int entity) {
		EntityKind kind = kind(entity);
		SplittableRandom random = new SplittableRandom(this.seed * 31 + entity);
		Map<String, Object> props = new HashMap<>();
		props.put("id", id(entity));
		props.put("kind", kind.label());
		props.put("type", typeOf(kind, entity));
		props.put("nameKo", nameKo(entity));
		props.put("nameEn", nameEn(entity));
		props.put("acronyms", List.of());
		props.put("aliases", List.of());
		props.put("names", names(entity));
		props.put("searchText", searchText(entity));
		// The words of the names, as StoredRecords writes them for the word index.
		props.put("nameWords", SearchWords.ofNames(names(entity)));
		props.put("nameGrams", SearchNames.grams(names(entity)));
		props.put("origin", "bench");
		props.put("version", 1L);
		if (kind == EntityKind.AGREEMENT) {
			props.put("date", LocalDate.of(2000 + random.nextInt(26), 1 + random.nextInt(12), 1 + random.nextInt(28)));
			props.put("datePrecision", "DAY");
			props.put("status", "CONFIRMED");
		}
		else if (kind == EntityKind.PROGRAM || kind == EntityKind.COUNCIL) {
			props.put("validFrom", LocalDate.of(2010 + random.nextInt(16), 1, 1));
			props.put("validFromPrecision", "YEAR");
		}
		return props;
	}

	/** The properties of a relationship, in the storage model the application reads. */
	public Map<String, Object> relationshipProperties(int relationship) {
		Map<String, Object> props = new HashMap<>();
		props.put("id", relationshipId(relationship));
		props.put("origin", "bench");
		RelationshipType relType = relationshipType(relationship);
		if (relType == RelationshipType.PARTY_TO) {
			props.put("role", "party");
		}
		else if (relType == RelationshipType.FUNDS) {
			long won = 100_000_000L * (1 + new SplittableRandom(this.seed * 17 + relationship).nextInt(1000));
			props.put("amountValue", won / 100_000_000.0);
			props.put("amountUnit", "억 원");
			props.put("amountWon", won);
			props.put("amountApproximate", false);
		}
		return props;
	}

	/**
	 * The relationship the n-th evidence record supports: spread evenly over all
	 * relationships.
	 */
	public int evidenceSubject(int evidence) {
		return (int) ((long) evidence * this.relationshipCount / Math.max(1, this.evidenceCount));
	}

	public Map<String, Object> evidenceProperties(int evidence) {
		int relationship = evidenceSubject(evidence);
		Map<String, Object> props = new HashMap<>();
		props.put("id", "ev:syn-" + evidence);
		props.put("subject", relationshipId(relationship));
		props.put("source", sourceId(evidence % SOURCES));
		props.put("quote", nameKo(this.from[relationship]) + "와 " + nameKo(this.to[relationship]) + "의 "
				+ relationshipType(relationship).labelKo());
		props.put("locator", "L" + (1 + evidence % 500));
		props.put("origin", "bench");
		return props;
	}

	public static String sourceId(int n) {
		return "doc:9%02d".formatted(n);
	}

	public static Map<String, Object> sourceProperties(int n) {
		Map<String, Object> props = new HashMap<>();
		props.put("id", sourceId(n));
		props.put("documentId", "9%02d".formatted(n));
		props.put("titleKo", "합성 벤치마크 문서 " + n);
		props.put("titleEn", "Synthetic benchmark document " + n);
		props.put("publisherKo", "벤치마크");
		props.put("publisherEn", "Benchmark");
		props.put("kind", "press-release");
		// Every source has the date it was published (the schema's Source.published is
		// non-null; ingest requires it).
		StoredRecords.putDate(props, StoredGraph.SourceProps.PUBLISHED, "2025-01");
		props.put("origin", "bench");
		return props;
	}

	private String typeOf(EntityKind kind, int entity) {
		return switch (kind) {
			case REGION -> (entity % 10 == 0) ? "province" : "city";
			case SECTOR -> "industry";
			case INDUSTRIAL_COMPLEX -> "national-industrial-complex";
			case COUNCIL -> "industry-academia-council";
			case PROGRAM -> "program";
			case AGREEMENT -> "mou";
			default -> ORGANIZATION_TYPES[entity % ORGANIZATION_TYPES.length];
		};
	}

	private String[][] suffixes(EntityKind kind) {
		return switch (kind) {
			case REGION -> REGION_SUFFIXES;
			case INDUSTRIAL_COMPLEX -> COMPLEX_SUFFIXES;
			case COUNCIL -> COUNCIL_SUFFIXES;
			case PROGRAM -> PROGRAM_SUFFIXES;
			case AGREEMENT -> AGREEMENT_SUFFIXES;
			default -> ORGANIZATION_SUFFIXES;
		};
	}

	/**
	 * Three syllables for a local number, through a bijection so neighbours do not look
	 * alike.
	 */
	private static int[] syllables(int n) {
		int square = SYLLABLES.length * SYLLABLES.length;
		if (n < square / 4) {
			// Small numbers get two syllables, like most real names; larger ones need a
			// third.
			int mixed = (int) (((long) n * 7_919 + 1_237) % square);
			return new int[] { mixed % SYLLABLES.length, mixed / SYLLABLES.length };
		}
		int mixed = (int) (((long) n * 7_919 + 1_237) % (square * SYLLABLES.length));
		return new int[] { mixed % SYLLABLES.length, (mixed / SYLLABLES.length) % SYLLABLES.length, mixed / square };
	}

	/**
	 * Relationship types the generator uses, indexed by the byte stored per relationship.
	 */
	static final RelationshipType[] TYPES = { RelationshipType.LOCATED_IN, RelationshipType.PARTY_TO,
			RelationshipType.MEMBER_OF, RelationshipType.PARTICIPATES_IN, RelationshipType.FOCUSES_ON,
			RelationshipType.COOPERATES_WITH, RelationshipType.RUNS, RelationshipType.FUNDS };

	private static final String[] ORGANIZATION_TYPES = { "company", "company", "company", "university",
			"research-institute", "agency", "local-government" };

	private static final String[][] SYLLABLES = { { "한", "Han" }, { "국", "Guk" }, { "대", "Dae" }, { "전", "Jeon" },
			{ "우", "U" }, { "주", "Ju" }, { "항", "Hang" }, { "공", "Gong" }, { "산", "San" }, { "업", "Eop" },
			{ "기", "Gi" }, { "술", "Sul" }, { "연", "Yeon" }, { "구", "Gu" }, { "원", "Won" }, { "과", "Gwa" },
			{ "학", "Hak" }, { "신", "Sin" }, { "성", "Seong" }, { "미", "Mi" }, { "래", "Rae" }, { "광", "Gwang" },
			{ "영", "Yeong" }, { "동", "Dong" }, { "남", "Nam" }, { "북", "Buk" }, { "서", "Seo" }, { "세", "Se" },
			{ "진", "Jin" }, { "정", "Jeong" }, { "보", "Bo" }, { "통", "Tong" }, { "창", "Chang" }, { "조", "Jo" },
			{ "혁", "Hyeok" }, { "융", "Yung" }, { "합", "Hap" }, { "바", "Ba" }, { "이", "I" }, { "오", "O" }, { "에", "E" },
			{ "너", "Neo" }, { "지", "Ji" }, { "소", "So" }, { "재", "Jae" }, { "부", "Bu" }, { "품", "Pum" }, { "로", "Ro" },
			{ "봇", "Bot" }, { "해", "Hae" }, { "양", "Yang" }, { "수", "Su" }, { "청", "Cheong" }, { "녹", "Nok" },
			{ "색", "Saek" }, { "빛", "Bit" }, { "솔", "Sol" }, { "나", "Na" }, { "라", "Ra" }, { "마", "Ma" } };

	private static final String[][] ORGANIZATION_SUFFIXES = { { "테크", "Tech" }, { "산업", "Industries" },
			{ "연구원", "Research Institute" }, { "대학교", "University" }, { "정보통신", "ICT" }, { "바이오", "Bio" },
			{ "소재", "Materials" }, { "전자", "Electronics" }, { "에너지", "Energy" }, { "진흥원", "Promotion Agency" },
			{ "로보틱스", "Robotics" }, { "항공", "Aerospace" } };

	private static final String[][] REGION_SUFFIXES = { { "시", "City" }, { "군", "County" } };

	private static final String[][] COMPLEX_SUFFIXES = { { "국가산업단지", "National Industrial Complex" },
			{ "일반산업단지", "General Industrial Complex" }, { "농공단지", "Agro-Industrial Complex" } };

	private static final String[][] COUNCIL_SUFFIXES = { { "산학연협의회", "Industry-Academia Council" },
			{ "혁신협의체", "Innovation Council" } };

	private static final String[][] PROGRAM_SUFFIXES = { { "육성사업", "Development Program" },
			{ "지원사업", "Support Program" }, { "실증사업", "Demonstration Program" } };

	private static final String[][] AGREEMENT_SUFFIXES = { { "업무협약", "MOU" }, { "협력협약", "Cooperation Agreement" } };

	private static final String[][] SECTORS = { { "우주항공", "Aerospace" }, { "반도체", "Semiconductors" },
			{ "이차전지", "Secondary Batteries" }, { "바이오헬스", "Bio-health" }, { "인공지능", "Artificial Intelligence" },
			{ "로봇", "Robotics" }, { "수소", "Hydrogen" }, { "미래차", "Future Mobility" }, { "조선해양", "Shipbuilding" },
			{ "디스플레이", "Displays" }, { "정밀화학", "Fine Chemicals" }, { "국방", "Defence" }, { "양자", "Quantum" },
			{ "원자력", "Nuclear" }, { "스마트팜", "Smart Farming" }, { "섬유", "Textiles" }, { "철강", "Steel" },
			{ "기계", "Machinery" }, { "소프트웨어", "Software" }, { "콘텐츠", "Content" } };

	/** Draws the relationships; kept apart so the graph itself is immutable. */
	private static final class Builder {

		private final SplittableRandom random;

		private final int entities;

		private final int[] kindStart;

		private final int[] from;

		private final int[] to;

		private final byte[] type;

		private final int[] degree;

		private final LongSet seen;

		private int count;

		Builder(long seed, int entities, long relationships, int[] kindStart) {
			this.random = new SplittableRandom(seed);
			this.entities = entities;
			this.kindStart = kindStart;
			int capacity = (int) relationships;
			this.from = new int[capacity];
			this.to = new int[capacity];
			this.type = new byte[capacity];
			this.degree = new int[entities];
			this.seen = new LongSet(capacity * 2);
		}

		// Kind positions in kindOrder.
		private static final int REGION = 0, SECTOR = 1, COMPLEX = 2, COUNCIL = 3, PROGRAM = 4, AGREEMENT = 5,
				ORGANIZATION = 6;

		void build() {
			int capacity = this.from.length;
			// Every organisation and complex is located in a region; big regions attract
			// more.
			for (int o = this.kindStart[ORGANIZATION]; o < this.kindStart[ORGANIZATION + 1]; o++) {
				add(o, pick(REGION), 0);
			}
			for (int c = this.kindStart[COMPLEX]; c < this.kindStart[COMPLEX + 1]; c++) {
				add(c, pick(REGION), 0);
			}
			// Every agreement has two or more parties; well-connected organisations sign
			// more.
			for (int a = this.kindStart[AGREEMENT]; a < this.kindStart[AGREEMENT + 1]; a++) {
				int parties = 2;
				while (parties < 12 && this.random.nextDouble() < 0.5) {
					parties++;
				}
				for (int p = 0; p < parties; p++) {
					add(pick(ORGANIZATION), a, 1);
				}
			}
			// Someone runs each program and council, and programs are funded.
			for (int p = this.kindStart[COUNCIL]; p < this.kindStart[PROGRAM + 1]; p++) {
				add(pick(ORGANIZATION), p, 6);
				if (p >= this.kindStart[PROGRAM]) {
					add(pick(ORGANIZATION), p, 7);
					add(pick(ORGANIZATION), p, 7);
				}
			}
			long remaining = capacity - this.count;
			long members = remaining * 15 / 100;
			long participants = remaining * 15 / 100;
			long focus = remaining * 12 / 100;
			for (long i = 0; i < members; i++) {
				int member = (this.random.nextInt(10) == 0) ? pickUniform(COMPLEX) : pick(ORGANIZATION);
				add(member, pick(COUNCIL), 2);
			}
			for (long i = 0; i < participants; i++) {
				add(pick(ORGANIZATION), pick(PROGRAM), 3);
			}
			for (long i = 0; i < focus; i++) {
				add(pick(ORGANIZATION), pick(SECTOR), 4);
			}
			// The rest: cooperation between organisations, the densest and most skewed
			// part of the graph.
			int attempts = 0;
			while (this.count < capacity && attempts < capacity * 3) {
				attempts++;
				add(pick(ORGANIZATION), pick(ORGANIZATION), 5);
			}
		}

		private int pickUniform(int kind) {
			return this.kindStart[kind] + this.random.nextInt(this.kindStart[kind + 1] - this.kindStart[kind]);
		}

		/**
		 * Half the picks uniform, half skewed towards the low numbers of the kind (rank =
		 * n·u^2.5): degrees then follow a power law, with a few hubs (the ministries and
		 * flagship institutes of the real graph).
		 */
		private int pick(int kind) {
			int n = this.kindStart[kind + 1] - this.kindStart[kind];
			if (this.random.nextBoolean()) {
				return this.kindStart[kind] + this.random.nextInt(n);
			}
			int rank = (int) (n * Math.pow(this.random.nextDouble(), SKEW));
			return this.kindStart[kind] + Math.min(n - 1, rank);
		}

		private boolean add(int a, int b, int typeIndex) {
			if (a == b || this.count >= this.from.length) {
				return false;
			}
			long key = ((long) a * this.entities + b) * TYPES.length + typeIndex;
			if (!this.seen.add(key)) {
				return false;
			}
			if (TYPES[typeIndex].symmetric()
					&& this.seen.contains(((long) b * this.entities + a) * TYPES.length + typeIndex)) {
				return false;
			}
			this.from[this.count] = a;
			this.to[this.count] = b;
			this.type[this.count] = (byte) typeIndex;
			this.count++;
			this.degree[a]++;
			this.degree[b]++;
			return true;
		}

	}

	/**
	 * An open-addressing set of non-negative longs: a boxed HashSet of five million keys
	 * would not fit.
	 */
	static final class LongSet {

		private final long[] slots;

		LongSet(int expected) {
			int capacity = Integer.highestOneBit(Math.max(16, expected) * 2);
			this.slots = new long[capacity];
			Arrays.fill(this.slots, -1L);
		}

		boolean add(long key) {
			int i = slot(key);
			while (this.slots[i] != -1L) {
				if (this.slots[i] == key) {
					return false;
				}
				i = (i + 1) & (this.slots.length - 1);
			}
			this.slots[i] = key;
			return true;
		}

		boolean contains(long key) {
			int i = slot(key);
			while (this.slots[i] != -1L) {
				if (this.slots[i] == key) {
					return true;
				}
				i = (i + 1) & (this.slots.length - 1);
			}
			return false;
		}

		private int slot(long key) {
			long h = key * 0x9E3779B97F4A7C15L;
			return (int) (h >>> 40) & (this.slots.length - 1);
		}

	}

	/** Both ends as a list, for tests and the manifest. */
	List<int[]> relationshipEnds(int limit) {
		List<int[]> ends = new ArrayList<>();
		for (int r = 0; r < Math.min(limit, this.relationshipCount); r++) {
			ends.add(new int[] { this.from[r], this.to[r], this.type[r] });
		}
		return ends;
	}

}
