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
	 * bounded before it begins. A projection read by {@link NetworkReads} was refused
	 * already if it was over ({@link WorkBound}); a network built otherwise is checked
	 * here.
	 */
	private void bounded(Network network) {
		long entities = network.nodes().size();
		long work = entities * (entities + network.links().size());
		if (work > this.maxWork) {
			throw overBound(entities, network.links().size(), work, this.maxWork, true);
		}
	}

	/**
	 * The refusal of a projection over the bound, with its counts: exact when the whole
	 * projection was read, else those of the part read before its reading stopped (then
	 * the projection holds at least so much, and {@code extensions.exact} is false).
	 */
	static ApiException overBound(long entities, long relationships, long work, long maxWork, boolean exact) {
		String size = exact ? String.format(Locale.ROOT, "%,d entities and %,d relationships", entities, relationships)
				: (relationships == 0) ? String.format(Locale.ROOT, "at least %,d entities", entities) : String
					.format(Locale.ROOT, "%,d entities and at least %,d relationships", entities, relationships);
		String product = String.format(Locale.ROOT, "%,d × (%,d + %,d) = %,d%s, over %,d", entities, entities,
				relationships, work, exact ? "" : " at least", maxWork);
		return new ApiException(ErrorCode.LIMIT_EXCEEDED,
				"This projection has " + size + ": measuring it is more work than one request may do (" + product
						+ "). Narrow it: kinds, types or asOf.",
				Map.of("entities", entities, "relationships", relationships, "work", work, "maxWork", maxWork, "exact",
						exact));
	}

	/** A projection as read, with its measures. */
	public record Measured(Network network, NetworkMeasures measures) {
	}

}
