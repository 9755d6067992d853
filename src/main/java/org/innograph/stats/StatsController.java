package org.innograph.stats;

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
	StatsReads.Stats stats() {
		return this.reads.stats();
	}

}
