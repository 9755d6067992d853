package org.innograph.seed;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.innograph.graph.Amount;
import org.innograph.graph.Basis;
import org.innograph.graph.EntityKind;
import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipType;
import org.innograph.graph.SearchNames;

/**
 * The seed turned into rows of Neo4j properties: what {@link SeedLoader} writes. Kept apart from the
 * Cypher so that the mapping (dates with precision, amounts in won, evidence ids) is testable alone.
 */
record SeedGraph(List<Map<String, Object>> sources, Map<EntityKind, List<Map<String, Object>>> entities,
		List<Map<String, Object>> facts, Map<RelationshipType, List<Map<String, Object>>> relationships,
		List<Map<String, Object>> evidence) {

	static SeedGraph of(Seed seed) {
		List<Map<String, Object>> sources = new ArrayList<>();
		Map<EntityKind, List<Map<String, Object>>> entities = new EnumMap<>(EntityKind.class);
		List<Map<String, Object>> facts = new ArrayList<>();
		Map<RelationshipType, List<Map<String, Object>>> relationships = new EnumMap<>(RelationshipType.class);
		List<Map<String, Object>> evidence = new ArrayList<>();
		Map<String, PartialDate> published = new HashMap<>();

		for (Seed.Source source : seed.sources()) {
			published.put(source.id(), PartialDate.parse(source.published()));
			Map<String, Object> props = new HashMap<>();
			props.put("id", source.id());
			props.put("documentId", source.documentId());
			props.put("titleKo", source.title().ko());
			props.put("titleEn", source.title().en());
			props.put("publisherKo", source.publisher().ko());
			props.put("publisherEn", source.publisher().en());
			props.put("publisherEntity", source.publisherEntity());
			putDate(props, "published", source.published());
			props.put("kind", source.kind());
			props.put("url", source.url());
			props.put("note", source.note());
			props.put("sha256", source.sha256());
			props.put("lineCount", source.lineCount());
			sources.add(props);
		}
		for (Seed.Entity entity : seed.entities()) {
			EntityKind kind = EntityKind.ofLabel(entity.kind());
			Map<String, Object> props = new HashMap<>();
			props.put("id", entity.id());
			props.put("kind", kind.label());
			props.put("type", entity.type());
			props.put("nameKo", entity.name().ko());
			props.put("nameEn", entity.name().en());
			props.put("acronyms", entity.acronyms());
			props.put("aliases", entity.aliases());
			props.put("names", searchNames(entity));
			props.put("searchText", SearchNames.searchText(searchNames(entity)));
			props.put("code", entity.code());
			if (entity.description() != null) {
				props.put("descriptionKo", entity.description().ko());
				props.put("descriptionEn", entity.description().en());
			}
			putDate(props, "date", entity.date());
			putDate(props, "validFrom", entity.validFrom());
			putDate(props, "validTo", entity.validTo());
			props.put("status", entity.status());
			props.put("note", entity.note());
			entities.computeIfAbsent(kind, (k) -> new ArrayList<>()).add(props);
			addEvidence(entity.id(), entity.evidence(), evidence);
			Map<String, Integer> keyCounts = new HashMap<>();
			for (Seed.Fact fact : entity.facts()) {
				int n = keyCounts.merge(fact.key(), 1, Integer::sum);
				String factId = entity.id() + "#" + fact.key() + ((n > 1) ? "-" + n : "");
				Map<String, Object> factProps = factProps(factId, entity.id(), fact);
				putStatedOn(factProps, fact.evidence(), published);
				facts.add(factProps);
				addEvidence(factId, fact.evidence(), evidence);
			}
		}
		for (Seed.Relationship rel : seed.relationships()) {
			RelationshipType type = RelationshipType.valueOf(rel.type());
			Map<String, Object> props = new HashMap<>();
			props.put("id", rel.effectiveId());
			props.put("role", rel.role());
			if (rel.roleLabel() != null) {
				props.put("roleLabelKo", rel.roleLabel().ko());
				props.put("roleLabelEn", rel.roleLabel().en());
			}
			props.put("status", rel.status());
			putDate(props, "validFrom", rel.validFrom());
			putDate(props, "validTo", rel.validTo());
			if (rel.amount() != null) {
				Amount amount = new Amount(rel.amount().value(), rel.amount().unit(),
						Boolean.TRUE.equals(rel.amount().approximate()));
				props.put("amountValue", amount.value().doubleValue());
				props.put("amountUnit", amount.unit());
				props.put("amountApproximate", amount.approximate());
				props.put("amountWon", amount.won().orElse(null));
			}
			props.put("note", rel.note());
			props.put("basis", Basis.orStated(rel.basis()).name());
			putStatedOn(props, rel.evidence(), published);
			Map<String, Object> row = new HashMap<>();
			row.put("from", rel.from());
			row.put("to", rel.to());
			row.put("props", props);
			relationships.computeIfAbsent(type, (t) -> new ArrayList<>()).add(row);
			addEvidence(rel.effectiveId(), rel.evidence(), evidence);
		}
		return new SeedGraph(sources, entities, facts, relationships, evidence);
	}

	/** Every name an entity is known by, lower case (see {@link SearchNames}). */
	static List<String> searchNames(Seed.Entity entity) {
		return SearchNames.of(entity.name().ko(), entity.name().en(), entity.acronyms(), entity.aliases());
	}

	private static Map<String, Object> factProps(String factId, String entityId, Seed.Fact fact) {
		Map<String, Object> props = new HashMap<>();
		props.put("id", factId);
		props.put("entity", entityId);
		props.put("key", fact.key());
		Object value = fact.value();
		if (value instanceof Number number) {
			BigDecimal decimal = new BigDecimal(number.toString());
			props.put("value", decimal.doubleValue());
			if (fact.unit() != null && Amount.isMoney(fact.unit())) {
				props.put("won", new Amount(decimal, fact.unit(), false).won().orElse(null));
			}
		}
		else if (value != null) {
			props.put("value", value.toString());
		}
		props.put("unit", fact.unit());
		props.put("approximate", Boolean.TRUE.equals(fact.approximate()));
		if (fact.text() != null) {
			props.put("textKo", fact.text().ko());
			props.put("textEn", fact.text().en());
		}
		putDate(props, "date", fact.date());
		putDate(props, "from", fact.from());
		putDate(props, "to", fact.to());
		props.put("note", fact.note());
		props.put("basis", Basis.orStated(fact.basis()).name());
		return props;
	}

	/**
	 * {@code statedOn}: the publication date of the earliest source among the evidence, at that source's
	 * precision (doc:001 is "2023-05"). The {@code asOf} rule starts a record without validFrom there.
	 */
	static Optional<PartialDate> statedOn(List<Seed.Evidence> evidence, Map<String, PartialDate> published) {
		return evidence.stream().map((item) -> published.get(item.source())).filter(Objects::nonNull).min(
				Comparator.naturalOrder());
	}

	private static void putStatedOn(Map<String, Object> props, List<Seed.Evidence> evidence,
			Map<String, PartialDate> published) {
		statedOn(evidence, published).ifPresent((date) -> date.putInto(props, "statedOn"));
	}

	private static void addEvidence(String subject, List<Seed.Evidence> items, List<Map<String, Object>> target) {
		for (Seed.Evidence item : items) {
			Map<String, Object> props = new HashMap<>();
			props.put("id", evidenceId(subject, item));
			props.put("subject", subject);
			props.put("source", item.source());
			props.put("quote", item.quote());
			props.put("locator", item.locator());
			props.put("note", item.note());
			target.add(props);
		}
	}

	/** Stable across loads: the same subject, source, locator and quote give the same id. */
	static String evidenceId(String subject, Seed.Evidence item) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String key = subject + "\u0000" + item.source() + "\u0000" + item.locator() + "\u0000" + item.quote();
			return "ev:" + HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 20);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A partial date is stored as the first day it can mean plus its precision (see {@link PartialDate#putInto}). */
	private static void putDate(Map<String, Object> props, String name, String text) {
		if (text != null) {
			PartialDate.parse(text).putInto(props, name);
		}
	}

}
