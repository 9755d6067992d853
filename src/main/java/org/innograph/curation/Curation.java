package org.innograph.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.innograph.graph.Basis;
import org.innograph.graph.EntityKind;
import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipType;

/**
 * The curation pipeline over one document: mentions of known entities and candidates for
 * new ones, line by line; then, sentence by sentence (and row by row in tables), the
 * relationships its relation words state between them, and the dates and amounts it
 * gives. Pure Java over the text: nothing here reads or writes the database.
 */
public final class Curation {

	/**
	 * The most pairs one rule proposes in one sentence: long lists are not all linked.
	 */
	static final int MAX_PAIRS_PER_RULE = 12;

	/** The rule of a head named in parentheses after the body (산업통상자원부(장관 안덕근)). */
	static final String TITLE_FIRST = "title-first";

	private final NameIndex names;

	public Curation(List<KnownEntity> known) {
		this(new NameIndex(known));
	}

	public Curation(NameIndex names) {
		this.names = names;
	}

	/**
	 * Reads a document published on {@code published} (which resolves 지난해 12월 and 19일;
	 * may be null).
	 */
	public Proposals propose(DocumentText text, PartialDate published) {
		List<Mention> allMentions = new ArrayList<>();
		Map<String, ProposedRelationship> relationships = new LinkedHashMap<>();
		Map<String, ProposedFact> facts = new LinkedHashMap<>();
		Tables tables = new Tables();
		Map<Integer, List<Mention>> byLine = new LinkedHashMap<>();
		Definitions definitions = new Definitions(text);
		allMentions.addAll(definitions.sectors());
		for (int n = 1; n <= text.lineCount(); n++) {
			String line = text.lines().get(n - 1);
			if (CandidateFinder.CONTACT.matcher(line).find()) {
				// Lines with contact data (a telephone number, a login) are not read:
				// no proposal may quote them.
				continue;
			}
			List<Mention> mentions = mentions(n, line);
			int lineNumber = n;
			List<ProposedRelationship> rows = tables.read(n, line,
					(cell, l, start, end, kind) -> cellMention(lineNumber, line, cell, start, end, kind, mentions));
			rows.forEach((r) -> keep(relationships, r));
			for (ProposedRelationship row : rows) {
				for (Mention end : List.of(row.from(), row.to())) {
					if (!end.known() && end.line() == n && !mentions.contains(end)) {
						// A cell is one name: 천안일반 is a complex, not the city 천안 in it.
						mentions.removeIf(end::overlaps);
						mentions.add(end);
					}
				}
			}
			mentions.sort(Comparator.comparingInt(Mention::start));
			allMentions.addAll(mentions);
			byLine.put(n, mentions);
			if (!rows.isEmpty()) {
				continue;
			}
			for (Sentence sentence : Sentence.of(n, line)) {
				List<Mention> inSentence = mentions.stream().filter(sentence::contains).toList();
				Basis basis = RelationRules.PLANNED.matcher(sentence.text()).find() ? Basis.PLANNED : Basis.STATED;
				List<ProposedRelationship> titled = titles(sentence, line, inSentence);
				titled.forEach((r) -> {
					keep(relationships, r);
					for (Mention end : List.of(r.from(), r.to())) {
						if (!mentions.contains(end) && !allMentions.contains(end)) {
							allMentions.add(end);
						}
					}
				});
				// A body named in a person's title (이상률 한국항공우주연구원 원장) describes the
				// person: the sentence's other claims are the person's. A body whose head
				// follows it in parentheses (산업통상자원부(장관 안덕근)는) is the sentence's
				// subject and keeps its claims.
				List<Mention> actors = inSentence.stream()
					.filter((m) -> titled.stream().noneMatch((t) -> !t.rule().equals(TITLE_FIRST) && t.to().equals(m)))
					.toList();
				relate(sentence, actors, basis).forEach((r) -> keep(relationships, r));
				definitions.relate(sentence, actors, basis).forEach((r) -> keep(relationships, r));
				Enumerations.relate(sentence, line, inSentence, basis).forEach((r) -> {
					keep(relationships, r);
					if (mentions.stream().noneMatch(r.from()::overlaps)) {
						allMentions.add(r.from());
					}
				});
				places(sentence, line, inSentence, basis).forEach((r) -> keep(relationships, r));
				consultations(sentence, actors, basis).forEach((r) -> keep(relationships, r));
				bodiesRun(sentence, line, actors, basis).forEach((r) -> keep(relationships, r));
				facts(sentence, line, inSentence, basis, published).forEach((f) -> facts.putIfAbsent(
						f.subject() + "|" + f.key() + "|" + (f.isDate() ? f.date().text() : f.amount().won()), f));
			}
		}
		Overviews.Read overviews = Overviews.read(text, byLine, published);
		for (ProposedRelationship r : overviews.relationships()) {
			keep(relationships, r);
			for (Mention end : List.of(r.from(), r.to())) {
				if (!end.known() && !allMentions.contains(end)) {
					allMentions.add(end);
				}
			}
		}
		Map<String, ProposedRelationship> perRound = new LinkedHashMap<>();
		Overviews.perRound(List.copyOf(relationships.values()), overviews.rounds()).forEach((r) -> keep(perRound, r));
		overviews.rounds().values().forEach((list) -> list.forEach((s) -> {
			if (!allMentions.contains(s.event())) {
				allMentions.add(s.event());
			}
		}));
		return new Proposals(text.sha256(), text.lineCount(), allMentions.stream().filter(Mention::known).toList(),
				candidates(text, allMentions), List.copyOf(perRound.values()), List.copyOf(facts.values()));
	}

	/**
	 * The mentions of a line: known names, then people and candidates around them, the
	 * longest winning where they overlap.
	 */
	List<Mention> mentions(int n, String line) {
		List<Mention> known = this.names.find(n, line);
		boolean[] taken = new boolean[line.length() + 1];
		for (Mention name : known) {
			for (int i = name.start(); i < name.end(); i++) {
				taken[i] = true;
			}
		}
		List<Mention> all = new ArrayList<>(known);
		all.addAll(CandidateFinder.find(n, line, taken));
		all.sort(Comparator.comparingInt((Mention m) -> m.end() - m.start())
			.reversed()
			.thenComparing((Mention m) -> m.known() ? 0 : 1));
		List<Mention> kept = new ArrayList<>();
		for (Mention mention : all) {
			if (kept.stream().noneMatch(mention::overlaps)) {
				kept.add(mention);
			}
		}
		kept.sort(Comparator.comparingInt(Mention::start));
		return kept;
	}

	private Mention cellMention(int n, String line, String cell, int start, int end, EntityKind kind,
			List<Mention> mentions) {
		for (Mention mention : mentions) {
			if (mention.known() && mention.kind() == kind && mention.start() == start && mention.end() == end) {
				return mention;
			}
		}
		for (Mention mention : this.names.find(n, cell)) {
			if (mention.kind() == kind && mention.start() == 0 && mention.end() == cell.length()) {
				return new Mention(mention.entityId(), mention.kind(), line.substring(start, end), n, start, end);
			}
		}
		return new Mention(null, kind, line.substring(start, end), n, start, end);
	}

	/** The relationships a sentence's relation words state between its mentions. */
	static List<ProposedRelationship> relate(Sentence sentence, List<Mention> mentions, Basis basis) {
		List<ProposedRelationship> found = new ArrayList<>();
		if (mentions.size() < 2) {
			return found;
		}
		for (RelationRules.Rule rule : RelationRules.RULES) {
			Matcher word = rule.word().matcher(sentence.text());
			if (!word.find()) {
				continue;
			}
			int wordEnd = sentence.start() + lastEnd(word);
			List<Mention> froms = mentions.stream()
				.filter((m) -> rule.from().contains(m.kind()) && m.start() < wordEnd)
				.toList();
			List<Mention> tos = mentions.stream()
				.filter((m) -> rule.to().contains(m.kind()) && m.start() < wordEnd)
				.toList();
			int pairs = 0;
			for (Mention to : tos) {
				for (Mention from : froms) {
					if (from.key().equals(to.key()) || pairs >= MAX_PAIRS_PER_RULE) {
						continue;
					}
					if (rule.type().symmetric() && from.start() > to.start()) {
						continue;
					}
					double distance = Math.abs(from.start() - to.start());
					double confidence = rule.confidence() / (1 + distance / 200);
					found.add(new ProposedRelationship(rule.type(), from, to, null, basis, sentence.text(),
							sentence.line(), round(confidence), rule.name()));
					pairs++;
				}
			}
		}
		// A place followed by 에서 in a sentence about an event is where the event is held.
		for (Mention place : mentions) {
			if (place.kind() != EntityKind.FACILITY && place.kind() != EntityKind.ORGANIZATION) {
				continue;
			}
			String after = sentence.text()
				.substring(Math.min(sentence.text().length(), place.end() - sentence.start()));
			if (!RelationRules.VENUE.matcher(after).find()) {
				continue;
			}
			for (Mention event : mentions) {
				if (event.kind() == EntityKind.EVENT) {
					found.add(new ProposedRelationship(RelationshipType.HOSTS, place, event, null, basis,
							sentence.text(), sentence.line(), 0.5, "venue"));
				}
			}
		}
		return found;
	}

	/**
	 * People named with a title: heads of their body (시장, 원장, 장관 …), or, with any other
	 * title (a deputy, a director-general), its representatives. The body is named
	 * between the name and the title (이상률 한국항공우주연구원 원장), inside the title (대전시장), or just
	 * before the name (산업부 김상모 산업기술융합정책관); or the title comes first, in parentheses after
	 * the body (산업통상자원부(장관 안덕근, …)).
	 */
	static List<ProposedRelationship> titles(Sentence sentence, String line, List<Mention> mentions) {
		List<ProposedRelationship> found = new ArrayList<>();
		for (Mention person : mentions) {
			if (person.kind() != EntityKind.PERSON) {
				continue;
			}
			Matcher title = CandidateFinder.titleAt(line, person.start());
			if (title == null) {
				continue;
			}
			Mention body = null;
			Mention before = null;
			for (Mention mention : mentions) {
				if (mention.kind() != EntityKind.ORGANIZATION && mention.kind() != EntityKind.REGION) {
					continue;
				}
				if (mention.start() >= person.end() && mention.start() < title.end(3)) {
					body = mention;
				}
				if (mention.end() <= person.start() && person.start() - mention.end() <= 2) {
					before = mention;
				}
			}
			// 산업부 이종석 산업기술정책과장: the person heads the division, which is part of the
			// ministry. A deputy's title (부단장) is left to the rule below: its unit's name
			// is
			// not read reliably.
			Mention unit = (body == null && !title.group(4).startsWith("부"))
					? Units.inTitle(line, sentence.line(), title.start(3), title.end(3)) : null;
			if (unit != null) {
				found.add(new ProposedRelationship(RelationshipType.HEADS, person, unit, title.group(3), Basis.STATED,
						sentence.text(), sentence.line(), 0.7, "title"));
				if (before != null) {
					found.add(new ProposedRelationship(RelationshipType.PART_OF, unit, before, null, Basis.STATED,
							sentence.text(), sentence.line(), 0.6, "title"));
					// A unit's head speaks for the body as well.
					found.add(new ProposedRelationship(RelationshipType.REPRESENTS, person, before, title.group(3),
							Basis.STATED, sentence.text(), sentence.line(), 0.5, "title"));
				}
				continue;
			}
			body = (body != null) ? body : before;
			if (body == null) {
				continue;
			}
			RelationshipType type = CandidateFinder.HEAD_TITLE.matcher(title.group(4)).matches()
					? RelationshipType.HEADS : RelationshipType.REPRESENTS;
			found.add(new ProposedRelationship(type, person, body, title.group(4), Basis.STATED, sentence.text(),
					sentence.line(), 0.7, "title"));
		}
		Matcher first = CandidateFinder.TITLE_FIRST.matcher(sentence.text());
		while (first.find()) {
			int at = sentence.start() + first.start();
			Mention body = null;
			Mention person = null;
			for (Mention mention : mentions) {
				if (mention.end() == at && mention.kind() == EntityKind.ORGANIZATION) {
					body = mention;
				}
				if (mention.start() == sentence.start() + first.start(2)) {
					person = mention;
				}
			}
			if (body != null) {
				person = (person != null) ? person : new Mention(null, EntityKind.PERSON, first.group(2),
						sentence.line(), sentence.start() + first.start(2), sentence.start() + first.end(2));
				found.add(new ProposedRelationship(RelationshipType.HEADS, person, body, first.group(1), Basis.STATED,
						sentence.text(), sentence.line(), 0.7, TITLE_FIRST));
			}
		}
		return found;
	}

	/**
	 * A region named right before a place (서울 한국기술센터, 대구(성서일반)) is where the place is.
	 */
	static List<ProposedRelationship> places(Sentence sentence, String line, List<Mention> mentions, Basis basis) {
		List<ProposedRelationship> found = new ArrayList<>();
		for (int i = 0; i + 1 < mentions.size(); i++) {
			Mention region = mentions.get(i);
			Mention place = mentions.get(i + 1);
			boolean placeKind = place.kind() == EntityKind.FACILITY || place.kind() == EntityKind.INDUSTRIAL_COMPLEX
					|| place.kind() == EntityKind.ORGANIZATION || place.kind() == EntityKind.CLUSTER;
			if (region.kind() != EntityKind.REGION || !placeKind || !sentence.contains(region)
					|| !sentence.contains(place)) {
				continue;
			}
			String between = line.substring(region.end(), place.start());
			if (between.equals(" ") || between.equals("(")) {
				found.add(new ProposedRelationship(RelationshipType.LOCATED_IN, place, region, null, basis,
						sentence.text(), sentence.line(), 0.5, "place"));
			}
		}
		return found;
	}

	/**
	 * A body that runs another body (산업부는 … “로드맵 수립 기획단”(…)을 운영): the relation word alone
	 * would pair every two bodies of the sentence, so this reads only the subject (the
	 * first body with 은/는/이/가) and the object written right before the verb.
	 */
	static List<ProposedRelationship> bodiesRun(Sentence sentence, String line, List<Mention> mentions, Basis basis) {
		List<ProposedRelationship> found = new ArrayList<>();
		Mention subject = null;
		for (Mention mention : mentions) {
			String after = line.substring(mention.end(), sentence.end());
			if (subject == null && (mention.kind() == EntityKind.ORGANIZATION || mention.kind() == EntityKind.REGION)
					&& RelationRules.SUBJECT.matcher(after).lookingAt()) {
				subject = mention;
				continue;
			}
			if (subject != null && mention.kind() == EntityKind.ORGANIZATION && !mention.key().equals(subject.key())
					&& RelationRules.RUN_OBJECT.matcher(after).lookingAt()) {
				found.add(new ProposedRelationship(RelationshipType.RUNS, subject, mention, null, basis,
						sentence.text(), sentence.line(), 0.5, "running-body"));
			}
		}
		return found;
	}

	/**
	 * An event held to gather views on a plan or programme (「…로드맵(안)」에 대한 의견수렴을 위해 … 공청회
	 * 개최): the event CONCERNS the plan named right before 의견수렴, wherever the event is in
	 * the sentence.
	 */
	static List<ProposedRelationship> consultations(Sentence sentence, List<Mention> mentions, Basis basis) {
		List<ProposedRelationship> found = new ArrayList<>();
		Matcher word = RelationRules.CONSULTATION.matcher(sentence.text());
		if (!word.find()) {
			return found;
		}
		int at = sentence.start() + word.start();
		Mention subject = null;
		for (Mention mention : mentions) {
			if ((mention.kind() == EntityKind.PLAN || mention.kind() == EntityKind.PROGRAM) && mention.end() <= at) {
				subject = mention;
			}
		}
		if (subject == null) {
			return found;
		}
		for (Mention event : mentions) {
			if (event.kind() == EntityKind.EVENT) {
				found.add(new ProposedRelationship(RelationshipType.CONCERNS, event, subject, "consultation", basis,
						sentence.text(), sentence.line(), 0.5, "consultation"));
			}
		}
		return found;
	}

	/** The dates and amounts of a sentence, each tied to the nearest entity before it. */
	static List<ProposedFact> facts(Sentence sentence, String line, List<Mention> mentions, Basis basis,
			PartialDate published) {
		String text = line.substring(0, sentence.end());
		List<FactFinder.Found> found = new ArrayList<>(FactFinder.dates(text, published));
		found.addAll(FactFinder.amounts(text));
		List<ProposedFact> facts = new ArrayList<>();
		for (FactFinder.Found fact : found) {
			if (fact.start() < sentence.start()) {
				continue;
			}
			Mention subject = null;
			for (Mention mention : mentions) {
				if (mention.end() <= fact.start() && mention.kind() != EntityKind.PERSON) {
					subject = mention;
				}
			}
			if (subject == null) {
				subject = mentions.stream().filter((m) -> m.kind() != EntityKind.PERSON).findFirst().orElse(null);
			}
			facts.add(new ProposedFact(fact.key(), fact.date(), fact.amount(), line.substring(fact.start(), fact.end()),
					sentence.line(), fact.start(), fact.end(), (subject != null) ? subject.key() : null, basis,
					sentence.text(), (subject != null) ? 0.5 : 0.3));
		}
		return facts;
	}

	private static List<ProposedEntity> candidates(DocumentText text, List<Mention> mentions) {
		Map<String, List<Mention>> byKey = new LinkedHashMap<>();
		for (Mention mention : mentions) {
			if (!mention.known()) {
				byKey.computeIfAbsent(mention.key(), (k) -> new ArrayList<>()).add(mention);
			}
		}
		List<ProposedEntity> entities = new ArrayList<>();
		byKey.forEach((key, all) -> {
			Mention first = all.get(0);
			// The quote is the line's text where the name is read: the name itself, or
			// for
			// a round of an event (named after the event, its ordinal and region) its
			// line.
			String quote = text.lines().get(first.line() - 1).substring(first.start(), first.end());
			entities.add(new ProposedEntity(key, first.kind(), first.text(), all.size(), first.line(), quote,
					round(Math.min(0.9, 0.4 + 0.1 * all.size()))));
		});
		return entities;
	}

	private static void keep(Map<String, ProposedRelationship> relationships, ProposedRelationship relationship) {
		relationships.merge(relationship.key(), relationship, (a, b) -> (b.confidence() > a.confidence()) ? b : a);
	}

	private static int lastEnd(Matcher matcher) {
		int end = matcher.end();
		while (matcher.find()) {
			end = matcher.end();
		}
		return end;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
