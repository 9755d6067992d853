package org.innograph.paths;

import org.innograph.entity.Entity;
import org.innograph.entity.Relationship;

/** Something two entities are both linked to, and how each is linked to it. */
record SharedLink(Entity via, Relationship aLink, Relationship bLink) {
}
