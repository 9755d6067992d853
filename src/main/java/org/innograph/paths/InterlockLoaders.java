package org.innograph.paths;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.innograph.api.Paging;
import org.innograph.limits.LimitsProperties;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * The DataLoader of {@code Entity.interlocks}, keyed by entity and page request, so that
 * one statement serves every entity of a list that asks with the same arguments.
 */
@Configuration(proxyBeanMethods = false)
class InterlockLoaders {

	static final String INTERLOCKS = "interlocks";

	InterlockLoaders(BatchLoaderRegistry registry, InterlockReads reads, LimitsProperties limits) {
		int maxPartners = limits.listBound();
		registry.<InterlockKey, Map<String, Object>>forName(INTERLOCKS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(reads, maxPartners, keys)));
	}

	private static Map<InterlockKey, Map<String, Object>> load(InterlockReads reads, int maxPartners,
			Set<InterlockKey> keys) {
		Map<InterlockKey, Map<String, Object>> result = new HashMap<>();
		Map<List<Object>, List<InterlockKey>> byPage = keys.stream()
			.collect(Collectors.groupingBy((key) -> java.util.Arrays.asList(key.first(), key.after())));
		byPage.forEach((page, group) -> {
			InterlockKey any = group.get(0);
			Map<String, Map<String, Object>> pages = reads.pages(
					group.stream().map(InterlockKey::entityId).distinct().toList(), maxPartners,
					new Paging(any.first(), 0, any.after(), "interlocks"));
			group.forEach((key) -> result.put(key, pages.get(key.entityId())));
		});
		return result;
	}

	/**
	 * An entity and the page it asks for: the size and the id of the item to continue
	 * after (null for the first page).
	 */
	record InterlockKey(String entityId, int first, String after) {
	}

}
