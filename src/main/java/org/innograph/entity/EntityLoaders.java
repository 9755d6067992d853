package org.innograph.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * The DataLoaders of this package: evidence by subject, and an entity's links (keyed by
 * entity and filter, so that one statement serves every entity of a page that asks with
 * the same arguments).
 */
@Configuration(proxyBeanMethods = false)
class EntityLoaders {

	static final String EVIDENCE = "evidence";

	static final String LINKS = "links";

	EntityLoaders(BatchLoaderRegistry registry, EntityReads reads) {
		registry.<String, List<Evidence>>forName(EVIDENCE)
			.registerMappedBatchLoader((subjects, env) -> Mono.fromCallable(() -> reads.evidenceOf(subjects)));
		registry.<LinkKey, EntityReads.LinkPage>forName(LINKS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> loadLinks(reads, keys)));
	}

	private static Map<LinkKey, EntityReads.LinkPage> loadLinks(EntityReads reads, Set<LinkKey> keys) {
		Map<LinkKey, EntityReads.LinkPage> result = new HashMap<>();
		Map<EntityReads.LinkFilter, List<LinkKey>> byFilter = keys.stream()
			.collect(Collectors.groupingBy(LinkKey::filter));
		byFilter.forEach((filter, group) -> {
			Map<String, EntityReads.LinkPage> pages = reads.links(group.stream().map(LinkKey::entityId).toList(),
					filter);
			group.forEach((key) -> result.put(key, pages.get(key.entityId())));
		});
		return result;
	}

	/** An entity and the filter it asks its links with. */
	record LinkKey(String entityId, EntityReads.LinkFilter filter) {
	}

}
