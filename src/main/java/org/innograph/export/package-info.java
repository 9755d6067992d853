/**
 * Exports of the whole graph or a subgraph (a projection by kinds, types and date; a
 * neighbourhood; the shortest paths between two entities) with names, kinds, dates,
 * network measures and evidence as attributes, in GraphML, GEXF, CSV (nodes.csv and
 * edges.csv in a zip) and Cytoscape.js JSON; served at {@code GET /export/{format}} and
 * runnable as {@code java -jar innograph.jar export} (a command of the application's
 * command line).
 */
package org.innograph.export;
