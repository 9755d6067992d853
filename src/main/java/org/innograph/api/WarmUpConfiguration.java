package org.innograph.api;

import java.util.concurrent.CompletableFuture;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;

/**
 * The {@link WarmUp} of a started service: once it is ready (schema and seed in place),
 * on a thread of its own, so that readiness does not wait for it; a reader who comes
 * before it ends shares the work. It runs once: a database out of reach at that moment
 * leaves one warning in the log, and the statements are then planned as readers come. Off
 * with {@code innograph.warm-up.enabled=false}, as in the tests, whose statement tallies
 * it would disturb.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "innograph.warm-up.enabled", matchIfMissing = true)
class WarmUpConfiguration {

	@Bean
	WarmUpOnReady warmUpOnReady(WebGraphQlHandler handler) {
		return new WarmUpOnReady(new WarmUp(handler));
	}

	/** Starts the warm-up when the service is ready, and ends it when it stops. */
	static final class WarmUpOnReady implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

		private final WarmUp warmUp;

		private final CompletableFuture<WarmUp.Outcome> done = new CompletableFuture<>();

		WarmUpOnReady(WarmUp warmUp) {
			this.warmUp = warmUp;
		}

		/** What the warm-up did, once it has ended. */
		CompletableFuture<WarmUp.Outcome> done() {
			return this.done;
		}

		@Override
		public void onApplicationEvent(ApplicationReadyEvent event) {
			Thread thread = new Thread(() -> {
				try {
					this.done.complete(this.warmUp.run());
				}
				catch (RuntimeException ex) {
					this.done.completeExceptionally(ex);
				}
			}, "warm-up");
			// Never what keeps the JVM alive.
			thread.setDaemon(true);
			thread.start();
		}

		@Override
		public void destroy() {
			this.warmUp.stop();
		}

	}

}
