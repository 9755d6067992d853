package org.innograph.support;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationContext;

/**
 * Waits until the graph store reports schema and seed in place. On a busy machine the
 * first seed load can exceed the test database's transaction timeout and is retried in
 * the background; tests that count on the seed wait for that instead of failing.
 */
public final class Prepared {

	private Prepared() {
	}

	public static void await(ApplicationContext context) {
		HealthIndicator store = context.getBean("graphStore", HealthIndicator.class);
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (!Status.UP.equals(store.health().getStatus())) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("The graph store is not prepared: " + store.health().getDetails());
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
