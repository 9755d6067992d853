package org.innograph.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.innograph.graph.EntityKind;

/**
 * Candidates for new entities: the noun phrases whose last word has the shape of a Korean
 * institution, place or programme name (…연구원, …대학교, …산업단지, …특구, …협의체, …사업, …계획), and
 * people named with a public title (이장우 대전시장). Where a word's noun ends and its particle
 * or ending begins is Nori's reading of the line, not a list of particles, so 한국항공우주연구원은
 * gives 한국항공우주연구원 and 계획이다 is not a plan.
 */
public final class CandidateFinder {

	/** A name shape: the word's end and the kind of entity such a name names. */
	record Shape(String suffix, EntityKind kind) {
	}

	/** Longest suffix first, so 협약식 is an event before 협약 is an agreement. */
	static final List<Shape> SHAPES = List.of(new Shape("산업단지", EntityKind.INDUSTRIAL_COMPLEX),
			new Shape("테크노파크", EntityKind.ORGANIZATION), new Shape("클러스터", EntityKind.CLUSTER),
			new Shape("연구단지", EntityKind.CLUSTER), new Shape("대학교", EntityKind.ORGANIZATION),
			new Shape("진흥원", EntityKind.ORGANIZATION), new Shape("연구원", EntityKind.ORGANIZATION),
			new Shape("연구소", EntityKind.ORGANIZATION), new Shape("기술원", EntityKind.ORGANIZATION),
			new Shape("위원회", EntityKind.ORGANIZATION), new Shape("협의체", EntityKind.COUNCIL),
			new Shape("협의회", EntityKind.COUNCIL), new Shape("협약식", EntityKind.EVENT),
			new Shape("체결식", EntityKind.EVENT), new Shape("선포식", EntityKind.EVENT), new Shape("마스터플랜", EntityKind.PLAN),
			new Shape("호텔", EntityKind.FACILITY), new Shape("회관", EntityKind.FACILITY),
			new Shape("기획단", EntityKind.ORGANIZATION), new Shape("본부", EntityKind.ORGANIZATION),
			new Shape("전략", EntityKind.PLAN), new Shape("출범식", EntityKind.EVENT), new Shape("공청회", EntityKind.EVENT),
			new Shape("설명회", EntityKind.EVENT), new Shape("플랫폼", EntityKind.PROGRAM), new Shape("로드맵", EntityKind.PLAN),
			new Shape("재단", EntityKind.ORGANIZATION), new Shape("공단", EntityKind.ORGANIZATION),
			new Shape("센터", EntityKind.ORGANIZATION), new Shape("병원", EntityKind.ORGANIZATION),
			new Shape("산단", EntityKind.INDUSTRIAL_COMPLEX), new Shape("특구", EntityKind.CLUSTER),
			new Shape("지구", EntityKind.CLUSTER), new Shape("벨트", EntityKind.CLUSTER),
			new Shape("사업", EntityKind.PROGRAM), new Shape("계획", EntityKind.PLAN),
			new Shape("협약", EntityKind.AGREEMENT));

	/**
	 * Words that point at a thing rather than name it (이번 협약, 오늘 협약 체결식, 그간 기반구축 사업): a
	 * name does not start with them.
	 */
	static final Set<String> DEICTIC = Set.of("이번", "금번", "오늘", "그간", "상기", "해당", "동", "본", "각", "이", "그", "올해", "금년",
			"지난", "향후", "기존", "신규", "전국", "주요", "관련", "기타", "모든", "여러");

	/** How many whole noun words before the shaped word a name may take in. */
	static final int MAX_WORDS_BEFORE = 3;

	/** Syllables a name needs before its suffix: 사업 alone, or 본사업, is no name. */
	static final int MIN_STEM = 2;

	/** The longest candidate name kept, in characters. */
	static final int MAX_NAME = 40;

	/**
	 * Titles of people in public roles; a deputy's (부…) represents the body, a head heads
	 * it.
	 */
	static final Pattern PERSON = Pattern.compile("(?<![가-힣])([가-힣]{3}) +((?:[가-힣A-Za-z()]+ +){0,2}?)"
			+ "([가-힣]*?(부?(?:시장|원장|총장|장관|차관|청장|이사장|회장|위원장|도지사|사장|본부장|실장|단장|센터장|국장|과장|정책관|기획관|관리관)))"
			+ "(?:은|는|이|가|을|를|의|과|와|도|께서)?(?![가-힣])");

	/** Heads of a body; any other title (a deputy, a director) represents it. */
	static final Pattern HEAD_TITLE = Pattern.compile("^(?:시장|원장|총장|장관|청장|이사장|회장|위원장|도지사|사장)$");

	/** A title before the name: 산업통상자원부(장관 안덕근, …). */
	static final Pattern TITLE_FIRST = Pattern.compile("\\((장관|시장|원장|총장|청장|이사장|회장|위원장|도지사) +([가-힣]{3})(?=[,)])");

	/**
	 * Contact data is never read from a line: a line with a telephone number, an e-mail
	 * address or a login names no one.
	 */
	static final Pattern CONTACT = Pattern
		.compile("\\d{2,4}[-)]\\s?\\d{3,4}-\\d{4}|@|\\bID\\s*:|\\bPW\\s*:|전화|연락처|담당자|담당과장");

	/** Last syllables of words that are places or bodies, not given names. */
	private static final Set<Character> NOT_A_GIVEN_NAME = Set.of('시', '군', '부', '청', '처', '실', '단', '과', '팀', '측', '등',
			'및', '국', '회', '업', '식');

	private static final Analyzer NORI = new KoreanAnalyzer(null, DecompoundMode.DISCARD, Set.of(), false);

	private CandidateFinder() {
	}

	/**
	 * Candidate entities named on a line, in order of position: people first, then shaped
	 * names, which do not take in a word that is already a known name or a person
	 * ({@code taken}: characters of the line covered by those).
	 */
	public static List<Mention> find(int lineNumber, String line, boolean[] taken) {
		List<Mention> people = people(lineNumber, line);
		boolean[] blocked = taken.clone();
		for (Mention person : people) {
			for (int i = person.start(); i < person.end(); i++) {
				blocked[i] = true;
			}
		}
		List<Mention> found = new ArrayList<>(people);
		found.addAll(shaped(lineNumber, line, blocked));
		return found;
	}

	/** A word of the line: its span and where its noun part ends. */
	record Word(int start, int end, int nounEnd) {

		boolean allNoun() {
			return this.nounEnd == this.end;
		}

	}

	static List<Mention> shaped(int lineNumber, String line, boolean[] blocked) {
		List<Word> words = words(line);
		List<Mention> found = new ArrayList<>();
		for (int w = 0; w < words.size(); w++) {
			Word word = words.get(w);
			String noun = line.substring(word.start(), word.nounEnd());
			Shape shape = suffixOf(noun);
			if (shape == null || covered(line, blocked, word.start(), word.nounEnd())) {
				continue;
			}
			int start = word.start();
			for (int back = 1; back <= MAX_WORDS_BEFORE && w - back >= 0; back++) {
				Word before = words.get(w - back);
				Word after = words.get(w - back + 1);
				if (!before.allNoun() || !adjacent(line, before, after) || !nameLike(line, before)
						|| covered(line, blocked, before.start(), before.end())
						|| DEICTIC.contains(line.substring(before.start(), before.end()))) {
					break;
				}
				start = before.start();
			}
			if (Names.compact(line.substring(start, word.nounEnd())).length() > MAX_NAME) {
				start = word.start();
			}
			String name = line.substring(start, word.nounEnd());
			int stem = stemLength(name, shape);
			// An event is named by its kind alone (협약식은 …): the document's one ceremony.
			boolean bareEvent = shape.kind() == EntityKind.EVENT && start == word.start();
			if (stem < MIN_STEM && !bareEvent) {
				continue;
			}
			found.add(new Mention(null, shape.kind(), name, lineNumber, start, word.nounEnd()));
		}
		return found;
	}

	private static int stemLength(String name, Shape shape) {
		return withoutParenthesis(Names.compact(name)).length() - shape.suffix().length();
	}

	/**
	 * Whether every letter of a span (not its brackets) is a known name's or a person's.
	 */
	private static boolean covered(String line, boolean[] blocked, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!blocked[i] && Character.isLetterOrDigit(line.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** 한국과학기술원(KAIST): the shape is the name's, not the parenthesis'. */
	private static String withoutParenthesis(String compact) {
		int paren = compact.indexOf('(');
		return (paren > 0 && compact.endsWith(")")) ? compact.substring(0, paren) : compact;
	}

	/** The shape a noun ends with, whatever its stem. */
	static Shape suffixOf(String noun) {
		String compact = withoutParenthesis(Names.compact(noun));
		for (Shape shape : SHAPES) {
			if (compact.endsWith(shape.suffix())) {
				return shape;
			}
		}
		return null;
	}

	static Shape shapeOf(String noun) {
		String compact = Names.compact(noun);
		for (Shape shape : SHAPES) {
			if (compact.endsWith(shape.suffix()) && compact.length() - shape.suffix().length() >= MIN_STEM) {
				return shape;
			}
		}
		return null;
	}

	private static boolean adjacent(String line, Word before, Word after) {
		String between = line.substring(before.end(), after.start());
		return between.length() <= 2 && between.chars().allMatch((c) -> c == ' ' || Names.ignored((char) c));
	}

	/** A word that can be part of a name: Hangul or Latin, not a number or a date. */
	private static boolean nameLike(String line, Word word) {
		String text = line.substring(word.start(), word.end());
		return text.chars().anyMatch((c) -> Names.hangul((char) c) || Names.latin((char) c))
				&& text.chars().noneMatch(Character::isDigit);
	}

	/**
	 * The line's words (runs without spaces or punctuation other than middle dots) and
	 * where Nori says each word's nouns end: at its first particle, ending, verb or
	 * adjective.
	 */
	static List<Word> words(String line) {
		List<int[]> spans = new ArrayList<>();
		int i = 0;
		while (i < line.length()) {
			while (i < line.length() && !wordChar(line.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < line.length() && (wordChar(line.charAt(i)) || joins(line, i))) {
				if (line.charAt(i) == '(') {
					i = line.indexOf(')', i);
				}
				i++;
			}
			if (i > start) {
				spans.add(new int[] { start, i });
			}
		}
		List<int[]> grammar = grammarTokens(line);
		List<Word> words = new ArrayList<>();
		int g = 0;
		for (int[] span : spans) {
			int nounEnd = span[1];
			while (g < grammar.size() && grammar.get(g)[0] < span[0]) {
				g++;
			}
			if (g < grammar.size() && grammar.get(g)[0] < span[1]) {
				nounEnd = grammar.get(g)[0];
			}
			while (nounEnd > span[0] && Names.ignored(line.charAt(nounEnd - 1))) {
				nounEnd--;
			}
			words.add(new Word(span[0], span[1], nounEnd));
		}
		return words;
	}

	/**
	 * A hyphen between letters (i-Platform) or a short parenthesis right after a word
	 * (한국과학기술원(KAIST)) belongs to the word.
	 */
	private static boolean joins(String line, int i) {
		char c = line.charAt(i);
		if (c == '-' && i > 0 && i + 1 < line.length()) {
			return wordChar(line.charAt(i - 1)) && wordChar(line.charAt(i + 1));
		}
		if (c == '(' && i > 0 && wordChar(line.charAt(i - 1))) {
			int close = line.indexOf(')', i);
			String inside = (close > i + 1) ? line.substring(i + 1, close) : "";
			// Only an acronym or a Latin name: a Korean parenthesis is a name of its own.
			return !inside.isEmpty() && inside.length() <= 16 && inside.chars().noneMatch(Character::isWhitespace)
					&& inside.chars().noneMatch(Character::isDigit)
					&& inside.chars().noneMatch((ch) -> Names.hangul((char) ch));
		}
		return false;
	}

	private static boolean wordChar(char c) {
		return Names.hangul(c) || Names.latin(c) || Character.isDigit(c) || c == '·' || c == 'ㆍ' || c == '&';
	}

	/**
	 * Start offsets of the tokens that are grammar, not names (particles, endings,
	 * predicates).
	 */
	private static List<int[]> grammarTokens(String line) {
		List<int[]> starts = new ArrayList<>();
		try (TokenStream stream = NORI.tokenStream("line", line)) {
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PartOfSpeechAttribute pos = stream.addAttribute(PartOfSpeechAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				POS.Tag tag = pos.getLeftPOS();
				if (tag != null && grammar(tag)) {
					starts.add(new int[] { offset.startOffset() });
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return starts;
	}

	private static boolean grammar(POS.Tag tag) {
		String name = tag.name();
		return name.startsWith("J") || name.startsWith("E") || name.startsWith("V") || name.equals("XSV")
				|| name.equals("XSA") || name.equals("MAG") || name.equals("MAJ");
	}

	static List<Mention> people(int lineNumber, String line) {
		if (CONTACT.matcher(line).find()) {
			return List.of();
		}
		List<Mention> found = new ArrayList<>();
		Matcher matcher = PERSON.matcher(line);
		int from = 0;
		while (from < line.length() && matcher.find(from)) {
			String name = matcher.group(1);
			if (NOT_A_GIVEN_NAME.contains(name.charAt(name.length() - 1))) {
				// 산업부 김상모 …정책관: not 산업부, but perhaps the next word.
				from = matcher.start(1) + 1;
				continue;
			}
			found.add(new Mention(null, EntityKind.PERSON, name, lineNumber, matcher.start(1), matcher.end(1)));
			from = matcher.end(3);
		}
		return found;
	}

	/** The title after a person's name on a line, or null. */
	static Matcher titleAt(String line, int nameStart) {
		Matcher matcher = PERSON.matcher(line);
		return (matcher.find(nameStart) && matcher.start(1) == nameStart) ? matcher : null;
	}

}
