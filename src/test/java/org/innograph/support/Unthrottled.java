package org.innograph.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * With {@link IntegrationTest}: an application whose rate limit no test run can spend,
 * for tests that send thousands of requests from one address (floods, the fuzzer). Every
 * class with both annotations shares one application context. Its answers are capped at
 * 300 KB instead of 5 MB, so that the ceiling is within reach of queries the node count
 * lets through on a graph the size of the seed. A path search stops after 10 s, not the
 * 30 s of {@link IntegrationTest}: the fuzzer takes an answer later than 15 s for a
 * stall, so every limit of the service must stop a request before that.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestPropertySource(properties = { "innograph.limits.rate-capacity=100000000", "innograph.limits.rate-refill=100000000",
		"innograph.limits.max-response-bytes=" + Unthrottled.CEILING, "innograph.paths.search-timeout=10s" })
public @interface Unthrottled {

	/** The response ceiling of these tests, in bytes. */
	long CEILING = 300_000;

}
