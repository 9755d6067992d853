package org.innograph.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test: the whole application on a random port against the shared test
 * database, with the seed loaded. Classes with this annotation share one application
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// Every test of the run calls from 127.0.0.1, two classes at a time, so they share one
// rate-limit bucket: it is made large enough that no run spends it. ClientIdentityIT and
// ExportRateLimitIT test the real limits, each in an application of its own.
// The largest page is raised above the default 100 so that RaisedPageSizeIT checks a
// raised limit end to end
// in this shared context instead of starting one of its own; the default is checked in
// the GraphQL slice
// (EntityArgumentsSliceTests) and in unit tests (PageSizesTests).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.test.webtestclient.timeout=60s", "innograph.limits.rate-capacity=1000000",
				"innograph.limits.rate-refill=1000000",
				"innograph.limits.max-page-size=" + IntegrationTest.MAX_PAGE_SIZE,
				// A path search's first runs are slow in a test JVM (C1 only, two classes
				// at a time on two cores): before planning was left out of the limit, the
				// first search of a class reached 10 s on a slower machine of two cores
				// while another build ran. PathHubsIT tests the limit itself.
				"innograph.paths.search-timeout=30s",
				// The warm-up's questions would run beside the tests' and change the
				// statement and transaction tallies some of them check;
				// WarmUpIT asks them itself.
				"innograph.warm-up.enabled=false" })
@AutoConfigureHttpGraphQlTester
@Import(PatientGraphQlTester.class)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
// Readers of the shared database run two at a time; a class that writes to it, or counts
// what its
// context runs, holds the same lock for writing (READ_WRITE wins when a class asks for
// both).
@ResourceLock(value = TestDatabase.LOCK, mode = ResourceAccessMode.READ)
public @interface IntegrationTest {

	/**
	 * The largest page ({@code innograph.limits.max-page-size}) of the shared context:
	 * above the default 100.
	 */
	int MAX_PAGE_SIZE = 150;

}
