package org.innograph.stats;

import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code stats}: what the graph holds, by kind, type, region, sector and year. */
@Controller
class StatsController {

	private final StatsReads reads;

	StatsController(StatsReads reads) {
		this.reads = reads;
	}

	@QueryMapping
	StatsReads.Stats stats(DataFetchingFieldSelectionSet selection) {
		return this.reads.stats(parts(selection));
	}

	/** The parts of the count the selection needs. */
	static StatsReads.Parts parts(DataFetchingFieldSelectionSet selection) {
		return new StatsReads.Parts(selection.contains("entities") || selection.contains("byKind"),
				selection.contains("relationships") || selection.contains("byRelationshipType"),
				selection.contains("byRegion"), selection.contains("bySector"), selection.contains("byYear"),
				selection.contains("evidence"), selection.contains("sources"));
	}

}
