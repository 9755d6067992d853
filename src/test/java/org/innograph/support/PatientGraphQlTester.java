package org.innograph.support;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Gives the test GraphQL client a generous response timeout: the 5 s default is about
 * machine load on a shared 2-core machine, not about the service, and these tests do not
 * measure time.
 */
@TestConfiguration(proxyBeanMethods = false)
class PatientGraphQlTester {

	static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

	@Bean
	static BeanPostProcessor patientHttpGraphQlTester() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof HttpGraphQlTester tester)
						? tester.mutate().responseTimeout(RESPONSE_TIMEOUT).build() : bean;
			}
		};
	}

}
