package org.innograph.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.innograph.graph.Basis;
import org.innograph.graph.EntityKind;
import org.innograph.graph.RelationshipType;

/**
 * Counted fields that a document spells out once ("6대 업종 : ①기계로봇, ②바이오, …", often a
 * footnote) and names by their count elsewhere ("6대 업종별로 연계하여 … i-Platform 협의체"): each
 * listed field is a sector, and what a sentence naming the count is about focuses on
 * every one of them.
 */
final class Definitions {

	/** "N대 업종 : A, B, …" with the words for fields and industries. */
	private static final Pattern DEFINITION = Pattern
		.compile("(\\d{1,2})대\\s*(업종|분야|산업|전략산업|핵심산업|주력산업)\\s*[:：]\\s*(.+)$");

	private static final Pattern ITEM = Pattern.compile("[^,、·\\s①-⑳][^,、]{0,20}?(?=\\s*(?:,|、|$))");

	/**
	 * The fields of each counted phrase ("6대 업종"), with their mentions on the defining
	 * line.
	 */
	private final Map<String, List<Mention>> fields = new HashMap<>();

	Definitions(DocumentText text) {
		for (int n = 1; n <= text.lineCount(); n++) {
			String line = text.lines().get(n - 1);
			Matcher definition = DEFINITION.matcher(line);
			if (!definition.find()) {
				continue;
			}
			List<Mention> items = new ArrayList<>();
			Matcher item = ITEM.matcher(line);
			item.region(definition.start(3), line.length());
			while (item.find()) {
				String name = item.group().strip();
				int start = item.start() + item.group().indexOf(name);
				if (name.length() >= 2 && name.chars().noneMatch(Character::isDigit)) {
					items.add(new Mention(null, EntityKind.SECTOR, name, n, start, start + name.length()));
				}
			}
			if (items.size() >= 2) {
				this.fields.putIfAbsent(definition.group(1) + "대" + definition.group(2), items);
			}
		}
	}

	/** The fields a document defines, as sector mentions on their defining lines. */
	List<Mention> sectors() {
		return this.fields.values().stream().flatMap(List::stream).toList();
	}

	/**
	 * FOCUSES_ON from each programme, council or cluster of a sentence that names a
	 * defined count to each of its fields.
	 */
	List<ProposedRelationship> relate(Sentence sentence, List<Mention> mentions, Basis basis) {
		List<ProposedRelationship> found = new ArrayList<>();
		String compact = Names.compact(sentence.text());
		this.fields.forEach((phrase, sectors) -> {
			if (!compact.contains(phrase) || DEFINITION.matcher(sentence.text()).find()) {
				return;
			}
			for (Mention mention : mentions) {
				boolean focused = mention.kind() == EntityKind.PROGRAM || mention.kind() == EntityKind.COUNCIL
						|| mention.kind() == EntityKind.CLUSTER;
				if (!focused) {
					continue;
				}
				for (Mention sector : sectors) {
					found.add(new ProposedRelationship(RelationshipType.FOCUSES_ON, mention, sector, null, basis,
							sentence.text(), sentence.line(), 0.45, "definition"));
				}
			}
		});
		return found;
	}

}
