package org.innograph.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import graphql.GraphQLContext;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service is reached from outside.
 *
 * @param publicUrl the base URL people use to open the service, used in permalinks and
 * citations; empty (the default) builds permalinks from the address each request reached
 * the service at ({@link RequestBase}), so that links work on any host and port
 */
@ConfigurationProperties("innograph.web")
public record WebProperties(@DefaultValue("") String publicUrl) {

	/**
	 * The key of the request's own base URL in the GraphQL context, set by
	 * {@link RequestBase}.
	 */
	public static final String REQUEST_BASE = WebProperties.class.getName() + ".requestBase";

	/**
	 * A permalink to an object of the graph in the explorer, under the configured public
	 * URL.
	 */
	public String permalink(String id) {
		return permalink(this.publicUrl, id);
	}

	/**
	 * A permalink under the configured public URL or, when none is configured, under the
	 * address this request reached the service at (relative when neither is known).
	 */
	public String permalink(GraphQLContext context, String id) {
		if (!this.publicUrl.isBlank() || context == null) {
			return permalink(id);
		}
		return permalink(context.getOrDefault(REQUEST_BASE, ""), id);
	}

	/**
	 * The same settings with the base a request reached the service at, unless a public
	 * URL is set.
	 */
	public WebProperties forRequest(GraphQLContext context) {
		if (!this.publicUrl.isBlank() || context == null) {
			return this;
		}
		return new WebProperties(context.getOrDefault(REQUEST_BASE, ""));
	}

	private static String permalink(String base, String id) {
		String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		return trimmed + "/#/node/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
	}

}
