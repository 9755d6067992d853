package org.innograph.measures;

import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.innograph.api.ApiException;
import org.innograph.api.ErrorCode;
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

	private final long maxWork;

	/**
	 * Results by fingerprint, bounded (Caffeine's size eviction keeps the ones used most
	 * and latest).
	 */
	private final Cache<String, NetworkMeasures> cache = Caffeine.newBuilder().maximumSize(CACHED_PROJECTIONS).build();

	Measures(NetworkReads reads, MeasuresProperties properties) {
		this.reads = reads;
		this.maxWork = properties.maxWork();
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
		bounded(network);
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

	/**
	 * Refuses a network whose measures are more work than one request may do: the
	 * computation cannot be stopped once begun (a projection of 5,837 councils and
	 * industrial complexes of the 1M benchmark graph kept a core busy for 96 s), so it is
	 * bounded before it begins.
	 */
	private void bounded(Network network) {
		long entities = network.nodes().size();
		long work = entities * (entities + network.links().size());
		if (work > this.maxWork) {
			throw new ApiException(ErrorCode.LIMIT_EXCEEDED, String.format(Locale.ROOT,
					"This projection has %,d entities and %,d relationships: measuring it is more work than one "
							+ "request may do (%,d × (%,d + %,d) = %,d, over %,d). Narrow it: kinds, types or asOf.",
					entities, network.links().size(), entities, entities, network.links().size(), work, this.maxWork),
					Map.of("entities", entities, "relationships", network.links().size(), "work", work, "maxWork",
							this.maxWork));
		}
	}

	/** A projection as read, with its measures. */
	public record Measured(Network network, NetworkMeasures measures) {
	}

}
