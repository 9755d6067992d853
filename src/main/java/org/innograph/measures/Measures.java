package org.innograph.measures;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Measures of a projection, never stale: every call reads the projection's structure
 * again (two cheap statements) and reuses earlier results only when the structure's
 * fingerprint is the same, so an edit to the graph is reflected by the next request
 * without any invalidation to forget.
 */
@Component
public class Measures {

	private static final Logger logger = LoggerFactory.getLogger(Measures.class);

	private static final int CACHED_PROJECTIONS = 32;

	private final NetworkReads reads;

	private final WorkBound bound;

	/**
	 * Results by fingerprint, bounded (Caffeine's size eviction keeps the ones used most
	 * and latest).
	 */
	private final Cache<String, NetworkMeasures> cache = Caffeine.newBuilder().maximumSize(CACHED_PROJECTIONS).build();

	Measures(NetworkReads reads, MeasuresProperties properties) {
		this.reads = reads;
		this.bound = properties.bound();
	}

	/** The projection's current structure and its measures. */
	public Measured measure(Projection projection) {
		Network network = this.reads.structure(projection);
		return new Measured(network, of(network));
	}

	/**
	 * The measures of a network already loaded (e.g. for an export), from the cache when
	 * unchanged.
	 */
	public NetworkMeasures of(Network network) {
		// Refused before anything is computed: the computation cannot be stopped once
		// begun.
		this.bound.check(network);
		String fingerprint = network.fingerprint();
		NetworkMeasures cached = this.cache.getIfPresent(fingerprint);
		if (cached != null) {
			return cached;
		}
		// Computed outside the cache: a computation inside Caffeine's get would hold
		// other keys' requests
		// while a large network is measured; two requests racing for the same new network
		// compute it twice.
		long started = System.nanoTime();
		NetworkMeasures measures = MeasureCalculator.compute(network);
		logger.debug("Measured {} entities and {} relationships in {} ms", measures.entities(),
				measures.relationships(), (System.nanoTime() - started) / 1_000_000);
		this.cache.put(fingerprint, measures);
		return measures;
	}

	/** A projection as read, with its measures. */
	public record Measured(Network network, NetworkMeasures measures) {
	}

}
