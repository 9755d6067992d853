package org.innograph.export;

import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.innograph.measures.Measures;
import org.innograph.measures.Network;
import org.innograph.measures.NetworkMeasures;
import org.innograph.measures.NetworkReads;
import org.innograph.timeline.TimelineSelections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Runs an export: loads the projection with its attributes and evidence (two read
 * statements), measures it (or reuses the measures of an unchanged projection), cuts out
 * the requested subgraph and writes it. Measures are those of the whole projection, so an
 * entity keeps its betweenness in a neighbourhood export.
 */
@Component
public class Exports {

	private static final Logger logger = LoggerFactory.getLogger(Exports.class);

	private final NetworkReads reads;

	private final Measures measures;

	private final TimelineSelections timelines;

	Exports(NetworkReads reads, Measures measures, TimelineSelections timelines) {
		this.reads = reads;
		this.measures = measures;
		this.timelines = timelines;
	}

	/**
	 * Writes the export to the stream; returns how many entities and relationships it
	 * holds.
	 */
	public Summary export(ExportRequest request, OutputStream out) {
		Network projection = this.reads.detailed(request.projection());
		NetworkMeasures measured = this.measures.of(projection);
		Network selected;
		if (request.timelineItems()) {
			// The time line's own statements choose the ids: the file holds what the
			// time line shows, with the attributes and measures of the projection.
			ExportRequest.TimelineFilter filter = request.timeline();
			TimelineSelections.Selection shown = this.timelines.select(filter.since(), filter.until(),
					filter.involving(), filter.subjectKinds());
			selected = Subgraphs.only(projection, shown.entities(), shown.relationships());
		}
		else {
			selected = Subgraphs.select(projection, request);
		}
		ExportGraph graph = new ExportGraph(selected, measured, "Innograph export: " + request.describe(),
				OffsetDateTime.now(ZoneOffset.UTC));
		ExportWriters.write(request.format(), graph, request.bom(), out);
		logger.info("Exported {} entities and {} relationships as {} ({})", selected.nodes().size(),
				selected.links().size(), request.format().parameter(), request.describe());
		return new Summary(selected.nodes().size(), selected.links().size());
	}

	/** The size of an export. */
	public record Summary(int entities, int relationships) {
	}

}
