package org.innograph.measures;

import java.util.Map;
import java.util.Optional;

/**
 * The measures of every entity of a projection, with the projection's size and its
 * community structure.
 *
 * @param fingerprint the digest of the structure these measures were computed from
 * @param entities number of entities in the projection
 * @param relationships number of relationships in the projection
 * @param communities number of communities found
 * @param modularity the modularity of those communities (-0.5 to 1; above about 0.3 is a
 * clear structure)
 * @param byEntity the measures of each entity by id
 */
public record NetworkMeasures(String fingerprint, int entities, int relationships, int communities, double modularity,
		Map<String, EntityMeasures> byEntity) {

	public NetworkMeasures {
		byEntity = Map.copyOf(byEntity);
	}

	public Optional<EntityMeasures> of(String entityId) {
		return Optional.ofNullable(this.byEntity.get(entityId));
	}

}
