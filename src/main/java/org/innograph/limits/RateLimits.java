package org.innograph.limits;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * One token bucket per client — a verified API token, else an address — from which every
 * request spends points. Buckets live in this instance's memory, bounded: one untouched
 * for as long as it takes to refill completely is full again, so forgetting it changes
 * nothing.
 */
@Component
public class RateLimits {

	/** The request attribute with the client's bucket key, set by the identity filter. */
	public static final String CLIENT = RateLimits.class.getName() + ".client";

	private static final int MAX_CLIENTS = 100_000;

	private final LimitsProperties limits;

	private final Cache<String, Bucket> buckets;

	public RateLimits(LimitsProperties limits) {
		this.limits = limits;
		long refillNanos = limits.ratePeriod().toNanos() * Math.max(1, limits.rateCapacity())
				/ Math.max(1, limits.rateRefill());
		this.buckets = Caffeine.newBuilder()
			.maximumSize(MAX_CLIENTS)
			.expireAfterAccess(Duration.ofNanos(Math.max(refillNanos, Duration.ofSeconds(1).toNanos())))
			.build();
	}

	/** The bucket key of an address. */
	public static String addressKey(String address) {
		return "address:" + address;
	}

	/** The bucket key of a verified API token, by its stored id (never the token). */
	public static String tokenKey(String tokenId) {
		return "token:" + tokenId;
	}

	/**
	 * Takes {@code points} from the client's bucket and says how many are left in
	 * {@code X-RateLimit-Remaining}. Returns 0 when they were taken, otherwise the
	 * seconds until they will be there, which it has also put in {@code Retry-After}.
	 */
	public long spend(String client, long points, HttpServletResponse response) {
		ConsumptionProbe probe = this.buckets.get(client, (key) -> newBucket()).tryConsumeAndReturnRemaining(points);
		response.setHeader("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
		if (probe.isConsumed()) {
			return 0;
		}
		long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
		response.setHeader("Retry-After", String.valueOf(seconds));
		return seconds;
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(this.limits.rateCapacity())
				.refillGreedy(this.limits.rateRefill(), this.limits.ratePeriod())
				.build())
			.build();
	}

}
