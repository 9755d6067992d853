package org.innograph.time;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Wires the {@code DateOrPartial} scalar, next to (not inside) the configuration of the
 * other scalars.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	RuntimeWiringConfigurer dateOrPartialScalar() {
		return (wiring) -> wiring.scalar(DateOrPartialScalar.INSTANCE);
	}

}
