package org.innograph.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.innograph.graph.Basis;
import org.innograph.graph.EntityKind;
import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipType;

/**
 * Reads the overview of an event that Korean press releases attach (행사 개요, 협약식 개요, 공청회
 * 개요): a heading that names the event, or a 행사명 line, then labelled lines whose label
 * states the relation of what follows to the event: 일시·장소 (the venue HOSTS it, and the
 * event is in the region written before the venue), 주최/주관 (ORGANIZES, as host and
 * organizer), 참석자 (ATTENDED: a person, the unit a title names, or the body of a head). An
 * event held in several rounds lists them under the venue label, one line each with its
 * ordinal (【1차】 … 서울 한국기술센터): each round is an event of its own, and what the overview or
 * the text says about the event as a whole holds for each round.
 */
final class Overviews {

	/** How many lines after its heading an overview's labels are read. */
	static final int WINDOW = 30;

	/**
	 * The most rounds read of one event: each claim about the event is made of each
	 * round, so their number bounds the work.
	 */
	static final int MAX_ROUNDS = 12;

	/** The longest heading, in characters without spaces. */
	static final int MAX_HEADING = 40;

	private static final String BULLETS = "^[\\s\\-–▲▪○◦·•□■*|#>◆]*";

	private static final Pattern LABEL = Pattern
		.compile(BULLETS + "(?:\\(([가-힣][가-힣 ·ㆍ/]{0,12})\\)|([가-힣][가-힣 ·ㆍ/]{0,14}?)\\s*:)\\s*");

	private static final Pattern LABEL_ALONE = Pattern.compile(BULLETS + "([가-힣][가-힣 ·ㆍ/]{0,14}?)\\s*$");

	private static final Pattern ROLE = Pattern.compile("주최|주관");

	/** A round's ordinal at the start of its line: 【1차】, [2차], 3회차. */
	static final Pattern ROUND = Pattern
		.compile(BULLETS + "[【\\[(]?\\s*(제?\\s*\\d{1,2}\\s*(?:차|회차))\\s*[】\\])]?(?![가-힣])");

	/** A body in parentheses before a sub-line's titles: (산업부) 산업기반실장, 입지총괄과장. */
	private static final Pattern BODY_FIRST = Pattern.compile(BULLETS + "\\(([^()]{1,20})\\)");

	/** A title in an attendee item: a head's or any official's. */
	private static final Pattern TITLE_WORD = Pattern.compile("(?:장|관)(?:님)?(?![가-힣])");

	/**
	 * A round of an event, with the venue and region its line names (either may be null).
	 */
	record Round(Mention event, Mention venue, Mention region) {
	}

	/** What the overviews of a document state. */
	record Read(List<ProposedRelationship> relationships, Map<String, List<Round>> rounds) {
	}

	/** The labels read, and the words that write them. */
	private enum Label {

		NAME("행사명"), VENUE("(?:일시|일자|일정|장소)(?:[·ㆍ/]|및)?(?:일시|일자|일정|장소)?"),
		ORGANIZERS("(?:주최|주관)(?:[·ㆍ/]|및)?(?:주최|주관)?"), ATTENDEES("참석자?|참석대상|참가자");

		private final Pattern words;

		Label(String words) {
			this.words = Pattern.compile(words);
		}

		/** The label a label's text is (spaces and middle dots aside), or null. */
		static Label of(String label) {
			String compact = Names.compact(label);
			for (Label candidate : values()) {
				if (candidate.words.matcher(compact).matches()) {
					return candidate;
				}
			}
			return null;
		}

	}

	private Overviews() {
	}

	/**
	 * Reads the overviews of a document whose lines have the given mentions (by line
	 * number).
	 */
	static Read read(DocumentText text, Map<Integer, List<Mention>> mentions, PartialDate published) {
		List<ProposedRelationship> found = new ArrayList<>();
		Map<String, List<Round>> rounds = new LinkedHashMap<>();
		Map<String, Boolean> planned = new LinkedHashMap<>();
		Mention event = null;
		int blockStart = -WINDOW - 1;
		Label open = null;
		String openLabel = null;
		for (int n = 1; n <= text.lineCount(); n++) {
			String line = text.lines().get(n - 1);
			List<Mention> onLine = mentions.getOrDefault(n, List.of());
			if (heading(line)) {
				Mention named = onLine.stream()
					.filter((m) -> m.kind() == EntityKind.EVENT)
					.reduce((a, b) -> b)
					.orElse(null);
				if (named != null || n - blockStart > WINDOW) {
					event = named;
					blockStart = n;
				}
				open = null;
				continue;
			}
			if (n - blockStart > WINDOW || line.isBlank() || line.strip().length() > Sentence.MAX_LENGTH
					|| CandidateFinder.CONTACT.matcher(line).find()) {
				// A label line is short; one with contact data is never read.
				continue;
			}
			Matcher label = LABEL.matcher(line);
			Matcher alone = LABEL_ALONE.matcher(line);
			Label kind = null;
			int valueStart = -1;
			String labelText = null;
			if (label.lookingAt()) {
				labelText = (label.group(1) != null) ? label.group(1) : label.group(2);
				kind = Label.of(labelText);
				valueStart = label.end();
			}
			else if (alone.matches()) {
				labelText = alone.group(1);
				kind = Label.of(labelText);
				valueStart = line.length();
			}
			if (kind == null && labelText != null
					&& !(open == Label.ATTENDEES && BODY_FIRST.matcher(line).lookingAt())) {
				// Another label: the open one's lines end here.
				open = null;
				continue;
			}
			if (kind == Label.NAME) {
				event = first(onLine, valueStart, line.length(), EntityKind.EVENT);
				open = null;
				continue;
			}
			if (kind != null && line.substring(valueStart).isBlank()) {
				open = kind;
				openLabel = labelText;
				continue;
			}
			Label reading = (kind != null) ? kind : open;
			if (reading == null || event == null) {
				continue;
			}
			int from = (kind != null) ? valueStart : 0;
			// The quote of a labelled line's claims is the whole line: label and value.
			Sentence quote = new Sentence(n, line.indexOf(line.strip()), line.stripTrailing().length(), line.strip());
			switch (reading) {
				case VENUE -> {
					venue(event, line, n, from, onLine, quote, published, found, rounds, planned);
				}
				case ORGANIZERS ->
					organizers(event, (kind != null) ? labelText : openLabel, line, from, onLine, quote, found);
				case ATTENDEES -> attendees(event, line, n, from, onLine, quote, found);
				default -> {
				}
			}
		}
		// Who attends an event dated after the document is planned, wherever the overview
		// gives the date.
		List<ProposedRelationship> read = found.stream()
			.map((r) -> (r.type() == RelationshipType.ATTENDED && planned.getOrDefault(r.to().key(), false))
					? new ProposedRelationship(r.type(), r.from(), r.to(), r.role(), Basis.PLANNED, r.quote(), r.line(),
							r.confidence(), r.rule())
					: r)
			.toList();
		return new Read(read, rounds);
	}

	/** A short line without a sentence's end that says it is an overview (개요). */
	static boolean heading(String line) {
		String compact = Names.compact(line);
		return compact.contains("개요") && compact.length() <= MAX_HEADING && !compact.contains(":")
				&& !compact.endsWith("다.");
	}

	private static void venue(Mention event, String line, int n, int from, List<Mention> onLine, Sentence quote,
			PartialDate published, List<ProposedRelationship> found, Map<String, List<Round>> rounds,
			Map<String, Boolean> planned) {
		for (FactFinder.Found date : FactFinder.dates(line.substring(from), published)) {
			if (published != null && date.date().start().isAfter(published.end())) {
				planned.put(event.key(), true);
			}
		}
		Mention venue = null;
		Mention region = null;
		int segmentStart = from;
		List<Mention[]> places = new ArrayList<>();
		for (int i = from; i <= line.length(); i++) {
			if (i < line.length() && line.charAt(i) != ',' && line.charAt(i) != '/') {
				continue;
			}
			Mention place = null;
			Mention in = null;
			for (Mention mention : onLine) {
				if (mention.start() < segmentStart || mention.end() > i) {
					continue;
				}
				if (mention.kind() == EntityKind.FACILITY || mention.kind() == EntityKind.ORGANIZATION) {
					place = mention;
				}
				else if (mention.kind() == EntityKind.REGION && place == null) {
					in = mention;
				}
			}
			if (place != null) {
				places.add(new Mention[] { place, in });
				venue = (venue == null) ? place : venue;
				region = (region == null) ? in : region;
			}
			segmentStart = i + 1;
		}
		Mention target = event;
		Matcher round = ROUND.matcher(line);
		List<Round> known = rounds.getOrDefault(event.key(), List.of());
		if (round.lookingAt() && places.size() == 1 && known.size() < MAX_ROUNDS) {
			String ordinal = round.group(1).replaceAll("\\s+", "");
			String name = event.text() + " (" + ordinal + ((region != null) ? ", " + region.text() : "") + ")";
			target = new Mention(null, EntityKind.EVENT, name, n, quote.start(), quote.end());
			rounds.computeIfAbsent(event.key(), (k) -> new ArrayList<>()).add(new Round(target, venue, region));
		}
		for (Mention[] place : places) {
			Basis basis = Basis.STATED;
			found.add(new ProposedRelationship(RelationshipType.HOSTS, place[0], target, "venue", basis, quote.text(),
					n, 0.6, "overview"));
			if (place[1] != null) {
				found.add(new ProposedRelationship(RelationshipType.LOCATED_IN, target, place[1], null, basis,
						quote.text(), n, 0.55, "overview"));
			}
		}
	}

	private static void organizers(Mention event, String label, String line, int from, List<Mention> onLine,
			Sentence quote, List<ProposedRelationship> found) {
		List<String> roles = new ArrayList<>();
		Matcher word = ROLE.matcher(label);
		while (word.find()) {
			roles.add(word.group());
		}
		String[] parts = line.substring(from).split("/");
		int offset = from;
		for (int p = 0; p < parts.length; p++) {
			int end = offset + parts[p].length();
			String role = (roles.size() == parts.length) ? role(roles.get(p))
					: (roles.size() == 1) ? role(roles.get(0)) : null;
			for (Mention mention : onLine) {
				if (mention.start() >= offset && mention.end() <= end && mention.kind() == EntityKind.ORGANIZATION) {
					found.add(new ProposedRelationship(RelationshipType.ORGANIZES, mention, event, role, Basis.STATED,
							quote.text(), quote.line(), 0.6, "overview"));
				}
			}
			offset = end + 1;
		}
	}

	private static String role(String word) {
		return switch (word) {
			case "주최" -> "host";
			case "주관" -> "organizer";
			default -> null;
		};
	}

	private static void attendees(Mention event, String line, int n, int from, List<Mention> onLine, Sentence quote,
			List<ProposedRelationship> found) {
		Mention bodyFirst = null;
		Matcher paren = BODY_FIRST.matcher(line);
		int start = from;
		if (paren.lookingAt() && paren.start(1) >= from) {
			bodyFirst = first(onLine, paren.start(1), paren.end(1), EntityKind.ORGANIZATION);
			start = paren.end();
		}
		int itemStart = start;
		for (int i = start; i <= line.length(); i++) {
			if (i < line.length() && line.charAt(i) != ',') {
				continue;
			}
			item(event, line, n, itemStart, i, onLine, bodyFirst, quote, Basis.STATED, found);
			itemStart = i + 1;
		}
	}

	private static void item(Mention event, String line, int n, int start, int end, List<Mention> onLine,
			Mention bodyFirst, Sentence quote, Basis basis, List<ProposedRelationship> found) {
		List<Mention> in = onLine.stream().filter((m) -> m.start() >= start && m.end() <= end).toList();
		List<Mention> people = in.stream().filter((m) -> m.kind() == EntityKind.PERSON).toList();
		if (!people.isEmpty()) {
			people.forEach((p) -> found.add(attended(p, event, quote, basis, 0.55)));
			return;
		}
		Mention body = in.stream().filter((m) -> m.kind() == EntityKind.ORGANIZATION).findFirst().orElse(bodyFirst);
		List<Mention> units = Units.in(line, n, start, end)
			.stream()
			.filter((u) -> in.stream().noneMatch((m) -> m.known() && m.overlaps(u)))
			.toList();
		if (!units.isEmpty()) {
			for (Mention unit : units) {
				found.add(attended(unit, event, quote, basis, 0.5));
				if (body != null && body.end() <= unit.start()) {
					found.add(new ProposedRelationship(RelationshipType.PART_OF, unit, body, null, Basis.STATED,
							quote.text(), n, 0.55, "overview"));
				}
			}
			return;
		}
		if (body != null && TITLE_WORD.matcher(line.substring(start, end)).find()) {
			// A head named by the title alone ((산단공) 이사장): the body attends.
			found.add(attended(body, event, quote, basis, 0.45));
		}
	}

	private static ProposedRelationship attended(Mention who, Mention event, Sentence quote, Basis basis,
			double confidence) {
		return new ProposedRelationship(RelationshipType.ATTENDED, who, event, null, basis, quote.text(), quote.line(),
				confidence, "overview");
	}

	private static Mention first(List<Mention> mentions, int start, int end, EntityKind kind) {
		return mentions.stream()
			.filter((m) -> m.kind() == kind && m.start() >= start && m.end() <= end)
			.findFirst()
			.orElse(null);
	}

	/**
	 * What is said of an event held in rounds holds for each round: a claim whose end is
	 * the event (or, when one event of the document has rounds, another mention with its
	 * head word: 지역별 공청회 for the 로드맵 공청회) is made of each round instead; a venue hosts,
	 * and a region holds, only the round whose line names it.
	 */
	static List<ProposedRelationship> perRound(List<ProposedRelationship> relationships,
			Map<String, List<Round>> rounds) {
		if (rounds.isEmpty()) {
			return relationships;
		}
		Map<String, String> heads = new LinkedHashMap<>();
		Map<String, Integer> headCount = new LinkedHashMap<>();
		rounds.forEach((key, list) -> {
			CandidateFinder.Shape shape = CandidateFinder.suffixOf(key.substring("new:".length()));
			if (shape != null) {
				heads.put(shape.suffix(), key);
				headCount.merge(shape.suffix(), 1, Integer::sum);
			}
		});
		List<ProposedRelationship> out = new ArrayList<>();
		for (ProposedRelationship r : relationships) {
			boolean fromEvent = series(r.from(), rounds, heads, headCount) != null;
			Mention end = fromEvent ? r.from() : r.to();
			String key = series(end, rounds, heads, headCount);
			if (key == null) {
				out.add(r);
				continue;
			}
			double confidence = r.confidence() * (rounds.containsKey(end.key()) ? 1 : 0.8);
			for (Round round : rounds.get(key)) {
				Mention other = fromEvent ? r.to() : r.from();
				if (r.type() == RelationshipType.HOSTS
						&& (round.venue() == null || !round.venue().key().equals(other.key()))) {
					continue;
				}
				if (r.type() == RelationshipType.LOCATED_IN
						&& (round.region() == null || !round.region().key().equals(other.key()))) {
					continue;
				}
				out.add(new ProposedRelationship(r.type(), fromEvent ? round.event() : r.from(),
						fromEvent ? r.to() : round.event(), r.role(), r.basis(), r.quote(), r.line(),
						Math.round(confidence * 100) / 100.0, r.rule()));
			}
		}
		return out;
	}

	private static String series(Mention end, Map<String, List<Round>> rounds, Map<String, String> heads,
			Map<String, Integer> headCount) {
		if (end.known() || end.kind() != EntityKind.EVENT) {
			return null;
		}
		if (rounds.containsKey(end.key())) {
			return end.key();
		}
		if (rounds.values().stream().flatMap(List::stream).anyMatch((s) -> s.event().equals(end))) {
			return null;
		}
		CandidateFinder.Shape shape = CandidateFinder.suffixOf(end.text());
		if (shape == null || headCount.getOrDefault(shape.suffix(), 0) != 1) {
			return null;
		}
		return heads.get(shape.suffix());
	}

}
