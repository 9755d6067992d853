/**
 * Curation: reading a new document into numbered lines, finding the entities, dates and
 * amounts it mentions, and proposing sourced claims that a person reviews before anything
 * enters the public graph.
 */
package org.innograph.curation;
