package org.innograph.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.innograph.graph.Basis;
import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipType;
import org.innograph.measures.MeasureCalculator;
import org.innograph.measures.Network;

/**
 * A small network with what exports must carry intact: Korean names, a quote with a tab,
 * a comma, double quotes and a line break, an entity without English name or date, and
 * two relationships between the same pair.
 */
final class ExportFixture {

	static final String QUOTE_WITH_EVERYTHING = "그는 \"우주, 항공\" 협력을\n약속했다\t(L12)";

	private ExportFixture() {
	}

	static Network network() {
		List<Network.Node> nodes = List.of(
				new Network.Node("complex:seongseo-general", "IndustrialComplex", "general", "성서일반산업단지",
						"Seongseo General Industrial Complex", List.of("성서산단"), null, null),
				new Network.Node("council:003-20-aerospace", "Council", "industry-academia-research-council", "우주항공",
						"Aerospace", List.of(), PartialDate.parse("2024-12"), "DESIGNATED"),
				new Network.Node("org:kari", "Organization", "research-institute", "한국항공우주연구원",
						"Korea Aerospace Research Institute", List.of("KARI", "항우연"), null, null),
				new Network.Node("region:daegu", "Region", "metropolitan-city", "대구광역시", null, List.of(), null, null));
		List<Network.Link> links = List.of(
				new Network.Link("rel:complex:seongseo-general>MEMBER_OF>council:003-20-aerospace",
						RelationshipType.MEMBER_OF, "complex:seongseo-general", "council:003-20-aerospace", "linked",
						"DESIGNATED", PartialDate.parse("2024-12"), null, Basis.STATED, PartialDate.parse("2025-01-16"),
						List.of("doc:003"), "20\t\t경남(사천일반)\t대구(성서일반)\t우주항공", "L94 table row 20", 1),
				new Network.Link("rel:org:kari>SUPPORTS>council:003-20-aerospace", RelationshipType.SUPPORTS,
						"org:kari", "council:003-20-aerospace", null, null, PartialDate.parse("2023"),
						PartialDate.parse("2027-06-30"), Basis.PLANNED, PartialDate.parse("2023-05"),
						List.of("doc:001", "doc:003"), QUOTE_WITH_EVERYTHING, "L12", 3),
				new Network.Link("rel:org:kari>PARTICIPATES_IN>council:003-20-aerospace",
						RelationshipType.PARTICIPATES_IN, "org:kari", "council:003-20-aerospace", "member", null, null,
						null, Basis.INFERRED, null, List.of(), null, null, 0),
				new Network.Link("rel:complex:seongseo-general>LOCATED_IN>region:daegu", RelationshipType.LOCATED_IN,
						"complex:seongseo-general", "region:daegu", null, null, null, null, Basis.STATED,
						PartialDate.parse("2025-01-16"), List.of("doc:003"), "대구(성서일반)", "L94", 1));
		return new Network(nodes, links);
	}

	static ExportGraph graph() {
		Network network = network();
		return new ExportGraph(network, MeasureCalculator.compute(network), "Innograph export: 테스트 (all kinds)",
				OffsetDateTime.of(LocalDate.of(2025, 1, 16).atStartOfDay(), ZoneOffset.UTC));
	}

}
