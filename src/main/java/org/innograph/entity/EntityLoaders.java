package org.innograph.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * The DataLoaders of this package: evidence by subject, and an entity's links (keyed by
 * entity and filter, so that one statement serves every entity of a page that asks with
 * the same arguments). A link page asked for with a {@link Below} reads the levels of
 * neighbours the query asks for under it in the same statement, and leaves their pages in
 * the loader's cache, where the fields of the next levels find them.
 */
@Configuration(proxyBeanMethods = false)
class EntityLoaders {

	static final String EVIDENCE = "evidence";

	static final String LINKS = "links";

	EntityLoaders(BatchLoaderRegistry registry, EntityReads reads) {
		registry.<String, List<Evidence>>forName(EVIDENCE)
			.registerMappedBatchLoader((subjects, env) -> Mono.fromCallable(() -> reads.evidenceOf(subjects)));
		registry.<LinkKey, EntityReads.LinkPage>forName(LINKS)
			.registerMappedBatchLoader(
					(keys, env) -> Mono.fromCallable(() -> loadLinks(reads, keys, env.getKeyContexts())));
	}

	private static Map<LinkKey, EntityReads.LinkPage> loadLinks(EntityReads reads, Set<LinkKey> keys,
			Map<Object, Object> contexts) {
		Map<LinkKey, EntityReads.LinkPage> result = new HashMap<>();
		// Keys that ask with the same filter and the same levels below share a statement.
		Map<Group, List<LinkKey>> groups = new LinkedHashMap<>();
		for (LinkKey key : keys) {
			Below below = (contexts.get(key) instanceof Below asked) ? asked : null;
			groups.computeIfAbsent(new Group(key.filter(), below), (group) -> new ArrayList<>()).add(key);
		}
		groups.forEach((group, members) -> {
			List<String> ids = members.stream().map(LinkKey::entityId).toList();
			Map<String, EntityReads.LinkPage> pages;
			if (group.below() == null) {
				pages = reads.links(ids, group.filter());
			}
			else {
				List<EntityReads.LinkFilter> filters = new ArrayList<>();
				filters.add(group.filter());
				filters.addAll(group.below().filters());
				List<Map<String, EntityReads.LinkPage>> levels = reads.linksInLevels(ids, filters);
				pages = levels.get(0);
				for (int level = 1; level < levels.size(); level++) {
					EntityReads.LinkFilter filter = filters.get(level);
					levels.get(level)
						.forEach((id, page) -> group.below().loader().prime(new LinkKey(id, filter), page));
				}
			}
			members.forEach((key) -> result.put(key, pages.get(key.entityId())));
		});
		return result;
	}

	/** An entity and the filter it asks its links with. */
	record LinkKey(String entityId, EntityReads.LinkFilter filter) {
	}

	/**
	 * The filters of the {@code neighbors} a query asks for under a page of neighbours,
	 * level by level, and the loader whose cache their pages go to.
	 */
	record Below(List<EntityReads.LinkFilter> filters, DataLoader<LinkKey, EntityReads.LinkPage> loader) {

		// Two requests' loaders are never in one batch; within one, the filters decide.
		@Override
		public boolean equals(Object other) {
			return other instanceof Below below && below.filters.equals(this.filters);
		}

		@Override
		public int hashCode() {
			return this.filters.hashCode();
		}

	}

	private record Group(EntityReads.LinkFilter filter, Below below) {
	}

}
