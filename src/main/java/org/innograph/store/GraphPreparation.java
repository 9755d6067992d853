package org.innograph.store;

import java.net.URI;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Prepares the database at startup: the schema migrations, then the
 * {@link PreparationStep}s (the seed). When the database cannot be reached (or another
 * instance is migrating it) the service still starts: the log says so in one line, health
 * reports DOWN, and the steps are tried again until the database answers.
 */
final class GraphPreparation implements ApplicationRunner, HealthIndicator, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(GraphPreparation.class);

	private final SchemaMigrations schema;

	private final List<PreparationStep> steps;

	private final GraphStoreProperties properties;

	private final URI databaseUri;

	private final AtomicReference<String> problem = new AtomicReference<>("not prepared yet");

	private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "graph-preparation");
		thread.setDaemon(true);
		return thread;
	});

	GraphPreparation(SchemaMigrations schema, List<PreparationStep> steps, GraphStoreProperties properties,
			URI databaseUri) {
		this.schema = schema;
		this.steps = List.copyOf(steps);
		this.properties = properties;
		this.databaseUri = databaseUri;
	}

	@Override
	public void run(ApplicationArguments args) {
		prepare();
	}

	/**
	 * Runs both steps; on failure logs one line and schedules another try, except when
	 * the schema's migrations cannot be applied as they are: that needs a person, so the
	 * start stops with the reason.
	 */
	synchronized boolean prepare() {
		try {
			this.schema.apply();
			this.steps.forEach(PreparationStep::prepare);
			this.problem.set(null);
			return true;
		}
		catch (SchemaMigrationException ex) {
			this.problem.set(ex.getMessage());
			logger.error("Neo4j at {}: {}", this.databaseUri, ex.getMessage());
			throw ex;
		}
		catch (RuntimeException ex) {
			String reason = rootMessage(ex);
			this.problem.set(reason);
			logger.error("Neo4j at {} is unreachable or refused the request ({}); retrying in {} s", this.databaseUri,
					reason, this.properties.retryInterval().toSeconds());
			this.retries.schedule(this::prepare, this.properties.retryInterval().toMillis(), TimeUnit.MILLISECONDS);
			return false;
		}
	}

	/** DOWN until schema and seed are in place; reported under readiness too. */
	@Override
	public Health health() {
		String current = this.problem.get();
		return (current == null) ? Health.up().build() : Health.down().withDetail("reason", current).build();
	}

	@Override
	public void destroy() {
		this.retries.shutdownNow();
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return root.getClass().getSimpleName()
				+ ((message != null) ? ": " + message.lines().findFirst().orElse("") : "");
	}

}
