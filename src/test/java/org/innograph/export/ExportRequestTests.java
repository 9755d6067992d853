package org.innograph.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.innograph.api.ApiException;
import org.innograph.api.ErrorCode;
import org.innograph.cli.UsageException;
import org.innograph.graph.EntityKind;
import org.innograph.graph.RelationshipType;
import org.innograph.measures.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Export parameters, subgraph selection and the command line, without a database. */
class ExportRequestTests {

	@Test
	void parsesListsGivenRepeatedOrCommaSeparatedInAnyCase() {
		ExportRequest request = ExportRequest.parse(ExportFormat.GRAPHML,
				Map.of("kinds", List.of("industrial_complex,COUNCIL", "Organization"), "types", List.of("MEMBER_OF"),
						"asOf", List.of("2024-12-31")));
		assertThat(request.projection().kinds()).containsExactlyInAnyOrder(EntityKind.INDUSTRIAL_COMPLEX,
				EntityKind.COUNCIL, EntityKind.ORGANIZATION);
		assertThat(request.projection().types()).containsExactly(RelationshipType.MEMBER_OF);
		assertThat(request.projection().asOf()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(request.neighbourhood()).isFalse();
		assertThat(request.paths()).isFalse();
		assertThat(request.hops()).isEqualTo(1);
		assertThat(request.maxHops()).isEqualTo(4);
	}

	@Test
	void aTimelineSelectionTakesTheTimelinesFiltersAndNamesTheFileAfterThem() {
		ExportRequest request = ExportRequest.parse(ExportFormat.CSV,
				Map.of("timeline", List.of("true"), "since", List.of("2023-01-01"), "until", List.of("2023-12-31"),
						"involving", List.of("org:kaist"), "subjectKinds", List.of("agreement,EVENT")));
		assertThat(request.timelineItems()).isTrue();
		assertThat(request.neighbourhood()).isFalse();
		assertThat(request.timeline().since()).isEqualTo(LocalDate.of(2023, 1, 1));
		assertThat(request.timeline().until()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(request.timeline().subjectKinds()).containsExactly(EntityKind.AGREEMENT, EntityKind.EVENT);
		assertThat(request.projection().kinds()).as("the projection keeps every kind").isEmpty();
		assertThat(ExportFileName.of(request, LocalDate.of(2026, 12, 1)).name())
			.isEqualTo("innograph-timeline-kaist-from-2023-01-01-to-2023-12-31-agreement-event-2026-12-01.zip");
		assertThat(request.describe()).contains("time line from 2023-01-01 to 2023-12-31 involving org:kaist");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			until        | 2023-12-31            | 'until' filters a time line
			involving    | org:kari              | 'involving' filters a time line
			timeline     | 1                     | 'timeline' is true
			kinds   | PLANET                | Unknown entity kind 'PLANET'
			types   | KNOWS                 | Unknown relationship type 'KNOWS'
			asOf    | 2024-13-01            | 'asOf': '2024-13-01' is not a calendar date
			asOf    | 2023-02-30            | 'asOf': '2023-02-30' is not a calendar date
			asOf    | 0000-01-01            | 'asOf': '0000-01-01' is outside the years 1900 to 2100
			hops    | 2                     | 'hops' applies to a neighbourhood
			maxHops | 3                     | 'maxHops' applies to paths
			throughHubs | true              | 'throughHubs' applies to paths
			from    | org:kari              | 'from' and 'to' go together
			bom     | yes                   | 'bom' is true or false
			kind    | COUNCIL               | Unknown parameter 'kind'
			""")
	void rejectsBadParametersWithAMessageThatSaysWhatToWrite(String name, String value, String message) {
		assertThatThrownBy(() -> ExportRequest.parse(ExportFormat.CSV, Map.of(name, List.of(value))))
			.isInstanceOfSatisfying(ApiException.class, (ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.BAD_REQUEST))
			.hasMessageContaining(message);
	}

	@Test
	void rejectsHopsOutOfRangeAndMixedSelections() {
		assertThatThrownBy(() -> ExportRequest.parse(ExportFormat.CSV,
				Map.of("around", List.of("org:kari"), "hops", List.of("4"))))
			.hasMessageContaining("'hops' is a whole number from 1 to 3");
		assertThatThrownBy(() -> ExportRequest.parse(ExportFormat.CSV,
				Map.of("around", List.of("org:kari"), "from", List.of("a"), "to", List.of("b"))))
			.hasMessageContaining("either 'around'");
		assertThatThrownBy(() -> ExportFormat.of("pdf")).hasMessageContaining("graphml, gexf, csv, cytoscape");
	}

	@Test
	void neighbourhoodTakesEveryEntityWithinTheHopsAndTheLinksAmongThem() {
		Network network = ExportFixture.network();
		Network one = Subgraphs.neighbourhood(network, "region:daegu", 1);
		assertThat(one.nodes()).extracting(Network.Node::id)
			.containsExactly("complex:seongseo-general", "region:daegu");
		assertThat(one.links()).hasSize(1);
		Network two = Subgraphs.neighbourhood(network, "region:daegu", 2);
		assertThat(two.nodes()).extracting(Network.Node::id)
			.containsExactly("complex:seongseo-general", "council:003-20-aerospace", "region:daegu");
		assertThat(two.links()).hasSize(2);
		assertThatThrownBy(() -> Subgraphs.neighbourhood(network, "org:nobody", 1))
			.isInstanceOfSatisfying(ApiException.class, (ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.NOT_FOUND));
	}

	@Test
	void shortestPathsKeepEveryEntityAndLinkOnAnyShortestPath() {
		// a-b-d and a-c-d are both shortest (2 hops); a-e-f-d is longer; b-c is a
		// shortcut between two
		// entities at the same distance and lies on no shortest path.
		Network network = new Network(List.of(node("a"), node("b"), node("c"), node("d"), node("e"), node("f")),
				List.of(link("a", "b"), link("b", "d"), link("c", "a"), link("c", "d"), link("a", "e"), link("e", "f"),
						link("f", "d"), link("b", "c")));
		Network paths = Subgraphs.shortestPaths(network, "a", "d", 4, false);
		assertThat(paths.nodes()).extracting(Network.Node::id).containsExactly("a", "b", "c", "d");
		assertThat(paths.links()).extracting(Network.Link::id).containsExactly("a-b", "b-d", "c-a", "c-d");
		assertThatThrownBy(() -> Subgraphs.shortestPaths(network, "a", "d", 1, false))
			.isInstanceOfSatisfying(ApiException.class, (ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.NOT_FOUND))
			.hasMessageContaining("at most 1");
	}

	@Test
	void shortestPathsPassThroughRegionsAndSectorsOnlyWhenAsked() {
		// a-r-d through a region is 2 hops (a-s-d through a sector too); a-b-c-d through
		// organisations 3. A region may still start a path: r-d-c.
		Network network = new Network(
				List.of(node("a"), node("b"), node("c"), node("d"), Network.Node.of("r", "Region"),
						Network.Node.of("s", "Sector")),
				List.of(link("a", "r"), link("r", "d"), link("a", "b"), link("b", "c"), link("c", "d"), link("a", "s"),
						link("s", "d")));
		Network plain = Subgraphs.shortestPaths(network, "a", "d", 4, false);
		assertThat(plain.nodes()).extracting(Network.Node::id).containsExactly("a", "b", "c", "d");
		assertThat(plain.links()).extracting(Network.Link::id).containsExactlyInAnyOrder("a-b", "b-c", "c-d");
		Network through = Subgraphs.shortestPaths(network, "a", "d", 4, true);
		assertThat(through.nodes()).extracting(Network.Node::id).containsExactlyInAnyOrder("a", "d", "r", "s");
		assertThat(through.links()).extracting(Network.Link::id).containsExactlyInAnyOrder("a-r", "r-d", "a-s", "s-d");
		assertThat(Subgraphs.shortestPaths(network, "r", "c", 4, false).links()).extracting(Network.Link::id)
			.containsExactlyInAnyOrder("r-d", "c-d");
		assertThatThrownBy(() -> Subgraphs.shortestPaths(network, "a", "d", 2, false))
			.isInstanceOfSatisfying(ApiException.class, (ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.NOT_FOUND))
			.hasMessageContaining("throughHubs=true");
	}

	@Test
	void throughHubsIsTrueOrFalseAndSaidInTheFile() {
		Map<String, List<String>> paths = Map.of("from", List.of("org:kari"), "to", List.of("org:kaist"));
		assertThat(ExportRequest.parse(ExportFormat.GRAPHML, paths).throughHubs()).isFalse();
		assertThat(ExportRequest.parse(ExportFormat.GRAPHML, paths).describe())
			.contains("not through regions or sectors");
		Map<String, List<String>> through = new java.util.HashMap<>(paths);
		through.put("throughHubs", List.of("true"));
		assertThat(ExportRequest.parse(ExportFormat.GRAPHML, through).throughHubs()).isTrue();
		through.put("throughHubs", List.of("maybe"));
		assertThatThrownBy(() -> ExportRequest.parse(ExportFormat.GRAPHML, through))
			.isInstanceOfSatisfying(ApiException.class, (ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.BAD_REQUEST))
			.hasMessageContaining("'throughHubs' is true or false");
	}

	@Test
	void unfoldedEntitiesAddTheirOwnNeighboursAndTheLinksAmongAllOfThem() {
		// a star around a, b unfolded adds e; c-d joins two neighbours of a and is kept;
		// e-f
		// leads beyond the drawing and is not.
		Network network = new Network(
				List.of(node("a"), node("b"), node("c"), node("d"), node("e"), node("f"), node("g")),
				List.of(link("a", "b"), link("a", "c"), link("a", "d"), link("c", "d"), link("b", "e"), link("e", "f"),
						link("g", "f")));
		Network drawn = Subgraphs.neighbourhood(network, "a", 1, List.of("b", "org:hidden-by-a-filter"));
		assertThat(drawn.nodes()).extracting(Network.Node::id).containsExactly("a", "b", "c", "d", "e");
		assertThat(drawn.links()).extracting(Network.Link::id)
			.containsExactlyInAnyOrder("a-b", "a-c", "a-d", "c-d", "b-e");
		ExportRequest request = ExportRequest.parse(ExportFormat.CYTOSCAPE,
				Map.of("around", List.of("a"), "expand", List.of("b,a", "b", "c")));
		assertThat(request.expand()).containsExactly("b", "c");
		assertThat(request.describe()).endsWith("within 1 hops of a, unfolding b, c");
	}

	@Test
	void expandIsBoundedAndBelongsToANeighbourhoodOfOneHop() {
		List<String> most = java.util.stream.IntStream.rangeClosed(1, ExportRequest.MAX_EXPAND)
			.mapToObj((i) -> "org:e" + i)
			.toList();
		assertThat(ExportRequest.parse(ExportFormat.CSV, Map.of("around", List.of("a"), "expand", most)).expand())
			.hasSize(ExportRequest.MAX_EXPAND);
		List<String> tooMany = new java.util.ArrayList<>(most);
		tooMany.add("org:one-more");
		assertThatThrownBy(
				() -> ExportRequest.parse(ExportFormat.CSV, Map.of("around", List.of("a"), "expand", tooMany)))
			.isInstanceOfSatisfying(ApiException.class, (ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.BAD_REQUEST))
			.hasMessageContaining("at most 30 entities, was given 31");
		assertThatThrownBy(() -> ExportRequest.parse(ExportFormat.CSV,
				Map.of("around", List.of("a"), "expand", List.of("x".repeat(ExportRequest.MAX_ID_LENGTH + 1)))))
			.hasMessageContaining("at most " + ExportRequest.MAX_ID_LENGTH + " characters");
		assertThatThrownBy(() -> ExportRequest.parse(ExportFormat.CSV, Map.of("expand", List.of("b"))))
			.hasMessageContaining("give 'around' too");
		assertThatThrownBy(() -> ExportRequest.parse(ExportFormat.CSV,
				Map.of("around", List.of("a"), "hops", List.of("2"), "expand", List.of("b"))))
			.hasMessageContaining("leave 'hops' out or at 1");
	}

	@Test
	void commandLineTakesRepeatedFiltersInEitherForm() {
		ExportCommand.Arguments arguments = ExportCommand.Arguments
			.parse(List.of("--format", "gexf", "--out=graph.gexf", "--kinds", "COUNCIL", "--kinds=INDUSTRIAL_COMPLEX",
					"--types=MEMBER_OF", "--wait", "5"));
		assertThat(arguments.format()).isEqualTo("gexf");
		assertThat(arguments.out()).hasToString("graph.gexf");
		assertThat(arguments.filters()).containsEntry("kinds", List.of("COUNCIL", "INDUSTRIAL_COMPLEX"))
			.containsEntry("types", List.of("MEMBER_OF"));
		assertThat(arguments.waitSeconds()).isEqualTo(5);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			--out x.graphml                                 | --format is required
			--format graphml                                | --out is required
			--format csv --out x.zip --hops                 | --hops needs a value
			--format csv --out x.zip extra                  | unexpected argument 'extra'
			--format csv --out x.zip --spring.neo4j.uri=x   | commands take settings from the environment
			--format csv --out x.zip --wait soon            | --wait is a number of seconds
			""")
	void badCommandLinesAreUsageErrors(String line, String message) {
		assertThatThrownBy(() -> ExportCommand.Arguments.parse(List.of(line.trim().split("\\s+"))))
			.isInstanceOf(UsageException.class)
			.hasMessageContaining(message);
	}

	private static Network.Node node(String id) {
		return Network.Node.of(id, "Organization");
	}

	private static Network.Link link(String from, String to) {
		return Network.Link.of(from + "-" + to, RelationshipType.COOPERATES_WITH, from, to);
	}

}
