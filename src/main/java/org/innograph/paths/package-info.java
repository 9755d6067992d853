/**
 * How entities are connected: the shortest chains of relationships between two entities,
 * and the journalist's partnership check, every hop with its evidence.
 */
package org.innograph.paths;
