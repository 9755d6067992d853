package org.innograph.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.innograph.graph.Basis;
import org.innograph.graph.EntityKind;
import org.innograph.graph.RelationshipType;

/**
 * Fields listed as the parts of a wider one: "인공위성, 발사체, 탑재체 및 위성통신 등 우주개발 … 분야" names
 * four fields, each part of the field named after 등 (a known sector).
 */
final class Enumerations {

	/** Two or more short nouns joined by commas and 및, then 등. */
	private static final Pattern LIST = Pattern.compile("((?:[가-힣A-Za-z]{2,10}(?:, | 및 ))+[가-힣A-Za-z]{2,10}) 등 ");

	private static final Pattern ITEM = Pattern.compile("[가-힣A-Za-z]{2,10}");

	private Enumerations() {
	}

	static List<ProposedRelationship> relate(Sentence sentence, String line, List<Mention> mentions, Basis basis) {
		List<ProposedRelationship> found = new ArrayList<>();
		Matcher list = LIST.matcher(sentence.text());
		while (list.find()) {
			int after = sentence.start() + list.end();
			Mention whole = mentions.stream()
				.filter((m) -> m.kind() == EntityKind.SECTOR && m.start() == after)
				.findFirst()
				.orElse(null);
			if (whole == null || !line.substring(after).matches("^[^.]*분야.*")) {
				continue;
			}
			Matcher item = ITEM.matcher(list.group(1));
			while (item.find()) {
				if (item.group().equals("및")) {
					continue;
				}
				int start = sentence.start() + list.start(1) + item.start();
				Mention part = new Mention(null, EntityKind.SECTOR, item.group(), sentence.line(), start,
						start + item.group().length());
				found.add(new ProposedRelationship(RelationshipType.PART_OF, part, whole, null, basis, sentence.text(),
						sentence.line(), 0.5, "enumeration"));
			}
		}
		return found;
	}

}
