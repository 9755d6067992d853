package org.innograph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.innograph.api.ApiException;

/**
 * The file formats an export can be written in, with their media types and file name
 * extensions.
 */
public enum ExportFormat {

	/** GraphML, read by Gephi, NetworkX, igraph, yEd and Cytoscape. */
	GRAPHML("graphml", "application/graphml+xml", "graphml"),
	/** GEXF 1.2, Gephi's own format. */
	GEXF("gexf", "application/gexf+xml", "gexf"),
	/** nodes.csv and edges.csv (UTF-8) in a zip, for spreadsheets, pandas and R. */
	CSV("csv", "application/zip", "zip"),
	/** Cytoscape.js elements JSON, also imported by Cytoscape desktop. */
	CYTOSCAPE("cytoscape", "application/json", "json");

	private final String parameter;

	private final String mediaType;

	private final String extension;

	ExportFormat(String parameter, String mediaType, String extension) {
		this.parameter = parameter;
		this.mediaType = mediaType;
		this.extension = extension;
	}

	/** The name used in the URL and on the command line. */
	public String parameter() {
		return this.parameter;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

	/**
	 * The format for a URL or command-line name; a BAD_REQUEST naming the formats
	 * otherwise.
	 */
	public static ExportFormat of(String name) {
		String wanted = (name != null) ? name.trim().toLowerCase(Locale.ROOT) : "";
		return Arrays.stream(values())
			.filter((format) -> format.parameter.equals(wanted))
			.findFirst()
			.orElseThrow(() -> ApiException.badRequest("Unknown export format '" + name + "'; use one of "
					+ Arrays.stream(values()).map(ExportFormat::parameter).collect(Collectors.joining(", "))));
	}

}
