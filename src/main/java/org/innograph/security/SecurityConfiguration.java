package org.innograph.security;

import org.innograph.api.ErrorCode;
import org.innograph.api.ErrorResponses;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The API is open at the HTTP level, because queries and mutations share
 * {@code /graphql}: the mutation handlers check the role themselves and answer with
 * GraphQL errors (HTTP 200, as GraphQL over HTTP expects). The actuator is not: health
 * (and its probes) is public, without details, and every other endpoint (metrics,
 * Prometheus, info) needs an admin token — they name ports, paths, versions and exception
 * classes. No sessions and no cookies, hence no CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * An admin may do everything an editor may: {@code hasRole('EDITOR')} admits both.
	 */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix().role(Role.ADMIN.name()).implies(Role.EDITOR.name()).build();
	}

	/**
	 * No observations of the filter chain, authentications or authorizations: with an
	 * observation registry present, Spring Security otherwise wraps each of its filters
	 * in an observing one on every request, even when the observations themselves are
	 * switched off. The request as a whole is still observed
	 * ({@code http.server.requests}).
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
				.permitAll()
				.requestMatchers(EndpointRequest.toAnyEndpoint())
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.permitAll())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Bearer");
				ErrorResponses.write(request, response, 401, ErrorCode.UNAUTHENTICATED,
						"This needs an admin token: 'Authorization: Bearer <token>'.");
			})
				.accessDeniedHandler((request, response, ex) -> ErrorResponses.write(request, response, 403,
						ErrorCode.FORBIDDEN, "This needs an admin token.")))
			.addFilterBefore(new ApiTokenFilter(), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * Tokens are resolved by {@link ApiTokenFilter}; this provider accepts nothing else.
	 * Declaring it also keeps Spring Boot from creating a default user with a generated
	 * password.
	 */
	@Bean
	AuthenticationProvider noPasswordLogins() {
		return new AuthenticationProvider() {

			@Override
			public org.springframework.security.core.Authentication authenticate(
					org.springframework.security.core.Authentication authentication) {
				throw new BadCredentialsException("Only API tokens are accepted");
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return false;
			}

		};
	}

}
