package org.innograph.embedded;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when the embedded database should run: no external URI is configured and
 * {@code innograph.embedded.enabled} is not false.
 */
class OnEmbeddedDatabase implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		boolean externalConfigured = StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
		boolean enabled = environment.getProperty("innograph.embedded.enabled", Boolean.class, true);
		return enabled && !externalConfigured;
	}

}
