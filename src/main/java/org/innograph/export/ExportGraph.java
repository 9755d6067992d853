package org.innograph.export;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

import org.innograph.graph.EntityKind;
import org.innograph.measures.EntityMeasures;
import org.innograph.measures.Network;
import org.innograph.measures.NetworkMeasures;

/**
 * What every writer writes: the selected entities and relationships, their measures
 * within the whole projection, and the attribute columns, named and typed the same in
 * every format.
 *
 * @param network the entities and relationships exported
 * @param measures the measures of the projection the selection was cut from
 * @param description what was selected, for file metadata
 * @param generatedAt when the export was made
 */
record ExportGraph(Network network, NetworkMeasures measures, String description, OffsetDateTime generatedAt) {

	/** Separates the items of a list in one attribute (acronyms, evidence sources). */
	static final String LIST_SEPARATOR = "; ";

	/** The type an attribute is declared with in GraphML and GEXF. */
	enum ColumnType {

		STRING, INT, DOUBLE

	}

	/** One attribute: its name in every format, its type, and how to read it. */
	record Column<T>(String name, ColumnType type, Function<T, Object> value) {

		/** The value as text; null when absent. */
		String text(T row) {
			Object value = this.value.apply(row);
			return (value != null) ? value.toString() : null;
		}

	}

	/** An entity with its measures. */
	record NodeRow(Network.Node node, EntityMeasures measures) {
	}

	/** The entities with their measures, in id order. */
	List<NodeRow> nodeRows() {
		return this.network.nodes()
			.stream()
			.map((node) -> new NodeRow(node, this.measures.byEntity().get(node.id())))
			.toList();
	}

	/** Entity attributes after the id. */
	static final List<Column<NodeRow>> NODE_COLUMNS = List.of(
			new Column<>("label", ColumnType.STRING, (row) -> label(row.node())),
			new Column<>("kind", ColumnType.STRING, (row) -> kind(row.node().kind())),
			new Column<>("type", ColumnType.STRING, (row) -> row.node().type()),
			new Column<>("nameKo", ColumnType.STRING, (row) -> row.node().nameKo()),
			new Column<>("nameEn", ColumnType.STRING, (row) -> row.node().nameEn()),
			new Column<>("acronyms", ColumnType.STRING,
					(row) -> row.node().acronyms().isEmpty() ? null
							: String.join(LIST_SEPARATOR, row.node().acronyms())),
			new Column<>("date", ColumnType.STRING,
					(row) -> (row.node().date() != null) ? row.node().date().text() : null),
			new Column<>("status", ColumnType.STRING, (row) -> row.node().status()),
			new Column<>("degree", ColumnType.INT, (row) -> row.measures().degree()),
			new Column<>("inDegree", ColumnType.INT, (row) -> row.measures().inDegree()),
			new Column<>("outDegree", ColumnType.INT, (row) -> row.measures().outDegree()),
			new Column<>("betweenness", ColumnType.DOUBLE, (row) -> row.measures().betweenness()),
			new Column<>("pageRank", ColumnType.DOUBLE, (row) -> row.measures().pageRank()),
			new Column<>("community", ColumnType.INT, (row) -> row.measures().community()));

	/**
	 * Relationship attributes after the id and ends. The relationship type is
	 * {@code relType} because GEXF reserves {@code type} for an edge's direction.
	 */
	static final List<Column<Network.Link>> EDGE_COLUMNS = List.of(
			new Column<>("label", ColumnType.STRING, (link) -> link.type().name()),
			new Column<>("relType", ColumnType.STRING, (link) -> link.type().name()),
			new Column<>("role", ColumnType.STRING, Network.Link::role),
			new Column<>("status", ColumnType.STRING, Network.Link::status),
			new Column<>("validFrom", ColumnType.STRING,
					(link) -> (link.validFrom() != null) ? link.validFrom().text() : null),
			new Column<>("validTo", ColumnType.STRING,
					(link) -> (link.validTo() != null) ? link.validTo().text() : null),
			new Column<>("basis", ColumnType.STRING, (link) -> (link.basis() != null) ? link.basis().name() : null),
			new Column<>("statedOn", ColumnType.STRING,
					(link) -> (link.statedOn() != null) ? link.statedOn().text() : null),
			new Column<>("sources", ColumnType.STRING,
					(link) -> link.sources().isEmpty() ? null : String.join(LIST_SEPARATOR, link.sources())),
			new Column<>("evidenceCount", ColumnType.INT, Network.Link::evidenceCount),
			new Column<>("quote", ColumnType.STRING, Network.Link::quote),
			new Column<>("locator", ColumnType.STRING, Network.Link::locator));

	/** The Korean name, which every entity has; the English one or the id otherwise. */
	static String label(Network.Node node) {
		if (node.nameKo() != null) {
			return node.nameKo();
		}
		return (node.nameEn() != null) ? node.nameEn() : node.id();
	}

	/** The kind as the GraphQL API names it (INDUSTRIAL_COMPLEX). */
	static String kind(String label) {
		return (label != null) ? EntityKind.ofLabel(label).apiName() : null;
	}

}
