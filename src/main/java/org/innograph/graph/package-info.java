/**
 * The graph's vocabulary: kinds of entities, kinds of relationships, dates with precision
 * and amounts with units. Shared by the seed loader, the read API and the exports.
 */
package org.innograph.graph;
