package org.innograph.entity;

import java.util.List;

import org.innograph.api.PageInfo;

/**
 * The answer of {@code counts}: how many entities a filter matches, and how many of them
 * hold each key of a grouping.
 *
 * @param groupBy what the buckets group by
 * @param total how many entities the filter matches (an entity in several buckets counts
 * once here)
 * @param buckets a page of the keys, most entities first
 * @param bucketCount how many keys there are in all
 * @param pageInfo where the page stands among them
 */
record Counts(String groupBy, long total, List<Bucket> buckets, long bucketCount, PageInfo pageInfo) {

	/**
	 * One key and how many entities hold it.
	 *
	 * @param key the key: an entity or document id, a kind, type, year, status or stored
	 * role; null for the entities that have none
	 * @param label the key's name when it names an entity or a document
	 * @param entity the entity, when the key is one
	 * @param count how many entities hold the key
	 */
	record Bucket(String key, Label label, Entity entity, long count) {
	}

	/** A name in both languages. */
	record Label(String ko, String en) {
	}

}
