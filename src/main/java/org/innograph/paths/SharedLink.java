package org.innograph.paths;

import java.util.Set;

import org.innograph.entity.Entity;
import org.innograph.entity.Relationship;
import org.innograph.graph.Basis;
import org.innograph.graph.EntityKind;
import org.innograph.graph.RelationshipType;

/** Something two entities are both linked to, and how each is linked to it. */
record SharedLink(Entity via, Relationship aLink, Relationship bLink) {

	/** What two entities can both belong to for a SHARED verdict. */
	static final Set<EntityKind> MEMBERSHIP_KINDS = Set.of(EntityKind.AGREEMENT, EntityKind.COUNCIL, EntityKind.PROGRAM,
			EntityKind.CLUSTER);

	/**
	 * How an entity belongs to one: as a party, a member, a participant or a signatory.
	 */
	static final Set<RelationshipType> MEMBERSHIP_TYPES = Set.of(RelationshipType.PARTY_TO, RelationshipType.MEMBER_OF,
			RelationshipType.PARTICIPATES_IN, RelationshipType.SIGNED);

	/** The weaker basis of the two links. */
	public Basis basis() {
		return this.aLink.basis().weaker(this.bLink.basis());
	}

	/**
	 * Whether both belong to an agreement, council, program or cluster (each link going
	 * from its entity to the shared one): being named in the same plan or at the same
	 * event is not a partnership.
	 */
	public boolean membership() {
		return MEMBERSHIP_KINDS.contains(EntityKind.ofApiName(this.via.kind())) && belongs(this.aLink)
				&& belongs(this.bLink);
	}

	private boolean belongs(Relationship link) {
		return MEMBERSHIP_TYPES.contains(link.type()) && link.to().id().equals(this.via.id());
	}

}
