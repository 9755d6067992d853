package org.innograph.web;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A static file asked for by its plain name ({@code /explorer/app.js}) instead of the
 * name the pages give it ({@code /explorer/app-<md5>.js}) is revalidated on every use:
 * kept for a year under a name that the next release does not change, it would keep
 * serving the old file. The file itself is the same; only its {@code Cache-Control}
 * differs ({@code no-cache}, answered with 304 while it is unchanged).
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UnversionedAssets extends OncePerRequestFilter {

	/** Where the files named by content live (spring.web.resources.chain paths). */
	private static final List<String> VERSIONED_FOLDERS = List.of("/explorer/", "/graphiql/", "/favicon");

	/** The content hash the resource chain puts before the extension. */
	private static final Pattern CONTENT_NAMED = Pattern.compile("-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
				|| VERSIONED_FOLDERS.stream().noneMatch(path::startsWith) || CONTENT_NAMED.matcher(path).find();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new RevalidatedEachTime(response));
	}

	/** Replaces whatever Cache-Control the resource handler sets. */
	private static final class RevalidatedEachTime extends HttpServletResponseWrapper {

		RevalidatedEachTime(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? "no-cache" : value);
		}

		@Override
		public void addHeader(String name, String value) {
			if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
				super.setHeader(name, "no-cache");
			}
			else {
				super.addHeader(name, value);
			}
		}

	}

}
