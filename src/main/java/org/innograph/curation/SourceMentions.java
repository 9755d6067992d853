package org.innograph.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.innograph.entity.Entity;
import org.innograph.entity.EntityReads;
import org.innograph.entity.Source;
import org.innograph.graph.EntityKind;
import org.innograph.sources.SourceText;
import org.innograph.sources.SourceTexts;

import org.springframework.stereotype.Component;

/**
 * The lines of the source texts that name an entity by any of its names, for
 * {@code Entity.mentions}. The work is bounded: the texts are the verified source texts
 * (a few thousand lines), each line is compacted once per text and kept (so a request
 * only compares an entity's few, short names), and an entity has at most the names the
 * seed and editing rules allow.
 */
@Component
class SourceMentions {

	/** One line that names the entity: where, as written, and the line's text. */
	record LineMention(Source source, int line, int start, int end, String name, String text) {

		/** The mention's id within the list: source and line and column. */
		String id() {
			return this.source.id() + ":" + this.line + ":" + this.start;
		}

	}

	private final EntityReads reads;

	private final SourceTexts texts;

	/** Compacted lines per verified text (document id and hash). */
	private final Map<String, List<Names.Compacted>> compacted = new ConcurrentHashMap<>();

	SourceMentions(EntityReads reads, SourceTexts texts) {
		this.reads = reads;
		this.texts = texts;
	}

	List<LineMention> of(Entity entity) {
		List<String> names = new ArrayList<>();
		if (entity.name() != null) {
			addIfPresent(names, entity.name().ko());
			addIfPresent(names, entity.name().en());
		}
		if (entity.acronyms() != null) {
			entity.acronyms().forEach((name) -> addIfPresent(names, name));
		}
		if (entity.aliases() != null) {
			entity.aliases().forEach((name) -> addIfPresent(names, name));
		}
		NameIndex index = new NameIndex(
				List.of(new KnownEntity(entity.id(), EntityKind.ofApiName(entity.kind()), names)));
		List<LineMention> found = new ArrayList<>();
		for (Source source : this.reads.allSources()) {
			SourceTexts.Availability availability = this.texts.of(source);
			if (!availability.available()) {
				continue;
			}
			SourceText text = availability.text();
			List<Names.Compacted> lines = this.compacted.computeIfAbsent(source.documentId() + "|" + source.sha256(),
					(key) -> text.lines().stream().map(Names.Compacted::of).toList());
			for (int n = 1; n <= lines.size(); n++) {
				String line = text.lines().get(n - 1);
				// One mention per line: the first place the line names the entity.
				List<Mention> mentions = index.find(n, line, lines.get(n - 1));
				if (!mentions.isEmpty()) {
					Mention first = mentions.get(0);
					found.add(new LineMention(source, n, first.start(), first.end(), first.text(), line));
				}
			}
		}
		return found;
	}

	private static void addIfPresent(List<String> names, String name) {
		if (name != null && !name.isBlank()) {
			names.add(name);
		}
	}

}
