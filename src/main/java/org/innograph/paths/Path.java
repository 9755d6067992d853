package org.innograph.paths;

import java.util.List;

import org.innograph.entity.Entity;

/** A chain of relationships from one entity to another. */
record Path(int length, List<Entity> nodes, List<Hop> hops) {
}
