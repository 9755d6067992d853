package org.innograph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The HTML pages with their assets named by content ({@code /explorer/app-<md5>.js}), so
 * that assets can be cached for a year and a new release is fetched at once: the pages
 * themselves are never cached (see {@link PagesController}). The explorer's JavaScript
 * modules import each other by plain name ({@code ./router.js}); an import map sends
 * those imports to the versioned names too.
 */
@Component
// Commands (export, seed, token) run without a web server, and so without the resource
// URLs.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class VersionedPages {

	/**
	 * A file of this service in a src or href attribute (not a page such as /graphiql).
	 */
	private static final Pattern ASSET = Pattern.compile("(src|href)=\"(/[^\"/][^\"]*\\.(?:js|css|svg|png|ico))\"");

	/** Where the explorer's page wants its import map: before its first module script. */
	private static final String IMPORT_MAP_SLOT = "<!-- import map -->";

	private final ResourceUrlProvider urls;

	private final Map<String, Page> pages = new ConcurrentHashMap<>();

	VersionedPages(ResourceUrlProvider urls) {
		this.urls = urls;
	}

	/**
	 * The page {@code pages/<name>.html}, rewritten once: the resource handlers (and so
	 * the versions) are known only after the application context has started.
	 */
	Page page(String name) {
		return this.pages.computeIfAbsent(name, this::build);
	}

	private Page build(String name) {
		String template = read(
				new PathMatchingResourcePatternResolver().getResource("classpath:pages/" + name + ".html"));
		Matcher matcher = ASSET.matcher(template);
		String html = matcher
			.replaceAll((match) -> match.group(1) + "=\"" + Matcher.quoteReplacement(versioned(match.group(2))) + "\"");
		html = html.replace(IMPORT_MAP_SLOT, "<script type=\"importmap\">" + importMap() + "</script>");
		return new Page(html, "\"" + DigestUtils.md5DigestAsHex(html.getBytes(StandardCharsets.UTF_8)) + "\"");
	}

	/**
	 * {"imports": {"/explorer/api.js": "/explorer/api-<md5>.js", …}} for every module.
	 */
	private String importMap() {
		Resource[] modules;
		try {
			modules = new PathMatchingResourcePatternResolver().getResources("classpath:static/explorer/*.js");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Arrays.stream(modules)
			.map(Resource::getFilename)
			.sorted(Comparator.naturalOrder())
			.map((file) -> "/explorer/" + file)
			.map((path) -> "\"" + path + "\": \"" + versioned(path) + "\"")
			.collect(Collectors.joining(", ", "{\"imports\": {", "}}"));
	}

	/**
	 * The versioned address of an asset, or the address itself for what has no version.
	 */
	private String versioned(String path) {
		String url = this.urls.getForLookupPath(path);
		return (url != null) ? url : path;
	}

	private static String read(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The page " + resource + " is missing from the jar", ex);
		}
	}

	/** A page's HTML and its entity tag. */
	record Page(String html, String etag) {
	}

}
