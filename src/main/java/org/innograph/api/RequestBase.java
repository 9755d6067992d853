package org.innograph.api;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponents;

/**
 * Notes the address a GraphQL request reached the service at — scheme, host, port and the
 * path the endpoint is under — for permalinks ({@link WebProperties#forRequest}). The
 * address is the request's own: {@code X-Forwarded-*} headers change it only when the
 * proxy that sets them is trusted, which is {@code server.forward-headers-strategy}
 * ({@code native} trusts proxies on private addresses, {@code framework} trusts any; the
 * default, outside a cloud platform, trusts none).
 */
@Component
class RequestBase implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String base = base(request.getUri());
		request.configureExecutionInput((input, builder) -> {
			input.getGraphQLContext().put(WebProperties.REQUEST_BASE, base);
			return input;
		});
		return chain.next(request);
	}

	/** {@code http://host:port/prefix} of {@code http://host:port/prefix/graphql}. */
	static String base(UriComponents uri) {
		String path = (uri.getPath() != null) ? uri.getPath() : "";
		int endpoint = path.lastIndexOf('/');
		String prefix = (endpoint > 0) ? path.substring(0, endpoint) : "";
		String port = (uri.getPort() < 0 || uri.getPort() == defaultPort(uri.getScheme())) ? "" : ":" + uri.getPort();
		return uri.getScheme() + "://" + uri.getHost() + port + prefix;
	}

	private static int defaultPort(String scheme) {
		return "https".equalsIgnoreCase(scheme) ? 443 : 80;
	}

}
