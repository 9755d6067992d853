package org.innograph.seed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
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
import org.innograph.storage.StoredGraph.Common;
import org.innograph.storage.StoredGraph.EntityProps;
import org.innograph.storage.StoredGraph.FactProps;
import org.innograph.storage.StoredGraph.RelationshipProps;
import org.innograph.storage.StoredGraph.SourceProps;
import org.innograph.storage.StoredRecords;

/**
 * The seed turned into rows of Neo4j properties: what {@link SeedLoader} writes. Kept
 * apart from the Cypher so that the mapping (dates with precision, amounts in won,
 * evidence ids) is testable alone.
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
			props.put(Common.ID, source.id());
			props.put(SourceProps.DOCUMENT_ID, source.documentId());
			props.put(SourceProps.TITLE_KO, source.title().ko());
			props.put(SourceProps.TITLE_EN, source.title().en());
			props.put(SourceProps.PUBLISHER_KO, source.publisher().ko());
			props.put(SourceProps.PUBLISHER_EN, source.publisher().en());
			props.put(SourceProps.PUBLISHER_ENTITY, source.publisherEntity());
			putDate(props, SourceProps.PUBLISHED, source.published());
			props.put(SourceProps.KIND, source.kind());
			props.put(SourceProps.URL, source.url());
			props.put(Common.NOTE, source.note());
			props.put(SourceProps.SHA256, source.sha256());
			props.put(SourceProps.LINE_COUNT, source.lineCount());
			sources.add(props);
		}
		for (Seed.Entity entity : seed.entities()) {
			EntityKind kind = EntityKind.ofLabel(entity.kind());
			Map<String, Object> props = new HashMap<>();
			props.put(Common.ID, entity.id());
			props.put(EntityProps.KIND, kind.label());
			props.put(EntityProps.TYPE, entity.type());
			props.put(EntityProps.NAME_KO, entity.name().ko());
			props.put(EntityProps.NAME_EN, entity.name().en());
			props.put(EntityProps.ACRONYMS, entity.acronyms());
			props.put(EntityProps.ALIASES, entity.aliases());
			StoredRecords.putSearchNames(props);
			props.put(EntityProps.CODE, entity.code());
			if (entity.description() != null) {
				props.put(EntityProps.DESCRIPTION_KO, entity.description().ko());
				props.put(EntityProps.DESCRIPTION_EN, entity.description().en());
			}
			putDate(props, EntityProps.DATE, entity.date());
			putDate(props, EntityProps.VALID_FROM, entity.validFrom());
			putDate(props, EntityProps.VALID_TO, entity.validTo());
			props.put(Common.STATUS, entity.status());
			props.put(Common.NOTE, entity.note());
			entities.computeIfAbsent(kind, (k) -> new ArrayList<>()).add(props);
			addEvidence(entity.id(), entity.evidence(), evidence);
			Map<String, Integer> keyCounts = new HashMap<>();
			for (Seed.Fact fact : entity.facts()) {
				int n = keyCounts.merge(fact.key(), 1, Integer::sum);
				String factId = StoredRecords.factId(entity.id(), fact.key(), n);
				Map<String, Object> factProps = factProps(factId, entity.id(), fact);
				putStatedOn(factProps, fact.evidence(), published);
				facts.add(factProps);
				addEvidence(factId, fact.evidence(), evidence);
			}
		}
		for (Seed.Relationship rel : seed.relationships()) {
			RelationshipType type = RelationshipType.valueOf(rel.type());
			Map<String, Object> props = new HashMap<>();
			props.put(Common.ID, rel.effectiveId());
			props.put(RelationshipProps.ROLE, rel.role());
			if (rel.roleLabel() != null) {
				props.put(RelationshipProps.ROLE_LABEL_KO, rel.roleLabel().ko());
				props.put(RelationshipProps.ROLE_LABEL_EN, rel.roleLabel().en());
			}
			props.put(Common.STATUS, rel.status());
			putDate(props, RelationshipProps.VALID_FROM, rel.validFrom());
			putDate(props, RelationshipProps.VALID_TO, rel.validTo());
			if (rel.amount() != null) {
				StoredRecords.putAmount(props, rel.amount().value(), rel.amount().unit(),
						Boolean.TRUE.equals(rel.amount().approximate()));
			}
			props.put(Common.NOTE, rel.note());
			props.put(Common.BASIS, Basis.orStated(rel.basis()).name());
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
		props.put(Common.ID, factId);
		props.put(FactProps.ENTITY, entityId);
		props.put(FactProps.KEY, fact.key());
		Object value = fact.value();
		if (value instanceof Number number) {
			BigDecimal decimal = new BigDecimal(number.toString());
			props.put(FactProps.VALUE, decimal.doubleValue());
			if (fact.unit() != null && Amount.isMoney(fact.unit())) {
				props.put(FactProps.WON, new Amount(decimal, fact.unit(), false).won().orElse(null));
			}
		}
		else if (value != null) {
			props.put(FactProps.VALUE, value.toString());
		}
		props.put(FactProps.UNIT, fact.unit());
		props.put(FactProps.APPROXIMATE, Boolean.TRUE.equals(fact.approximate()));
		if (fact.text() != null) {
			props.put(FactProps.TEXT_KO, fact.text().ko());
			props.put(FactProps.TEXT_EN, fact.text().en());
		}
		putDate(props, FactProps.DATE, fact.date());
		putDate(props, FactProps.FROM, fact.from());
		putDate(props, FactProps.TO, fact.to());
		props.put(Common.NOTE, fact.note());
		props.put(Common.BASIS, Basis.orStated(fact.basis()).name());
		return props;
	}

	/**
	 * {@code statedOn}: the publication date of the earliest source among the evidence,
	 * at that source's precision (doc:001 is "2023-05"). The {@code asOf} rule starts a
	 * record without validFrom there.
	 */
	static Optional<PartialDate> statedOn(List<Seed.Evidence> evidence, Map<String, PartialDate> published) {
		return evidence.stream()
			.map((item) -> published.get(item.source()))
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder());
	}

	private static void putStatedOn(Map<String, Object> props, List<Seed.Evidence> evidence,
			Map<String, PartialDate> published) {
		statedOn(evidence, published).ifPresent((date) -> date.putInto(props, Common.STATED_ON));
	}

	private static void addEvidence(String subject, List<Seed.Evidence> items, List<Map<String, Object>> target) {
		for (Seed.Evidence item : items) {
			target.add(StoredRecords.evidence(subject, item.source(), item.quote(), item.locator(), item.note()));
		}
	}

	/** The evidence id of a seed quote (see {@link StoredRecords#evidenceId}). */
	static String evidenceId(String subject, Seed.Evidence item) {
		return StoredRecords.evidenceId(subject, item.source(), item.locator(), item.quote());
	}

	/**
	 * A partial date is stored as the first day it can mean plus its precision (see
	 * {@link PartialDate#putInto}).
	 */
	private static void putDate(Map<String, Object> props, String name, String text) {
		StoredRecords.putDate(props, name, text);
	}

}
