package org.innograph.paths;

import org.innograph.entity.Entity;
import org.innograph.entity.Relationship;

/** One step of a path; {@code forward} when it follows the relationship's own direction. */
record Hop(Entity from, Entity to, Relationship relationship, boolean forward) {
}
