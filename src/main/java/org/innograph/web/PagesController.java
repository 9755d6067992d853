package org.innograph.web;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The explorer at {@code /} and the query editor at {@code /graphiql}. Their assets are
 * cached for a year under versioned names; the pages are revalidated on every visit (a
 * 304 when unchanged), so a new release shows at once.
 */
@Controller
// Commands (export, seed, token) run without a web server, and so without the resource
// URLs.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PagesController {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final VersionedPages pages;

	PagesController(VersionedPages pages) {
		this.pages = pages;
	}

	@GetMapping("/")
	ResponseEntity<String> explorer(@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String etag) {
		return page("explorer", etag);
	}

	@GetMapping({ "/graphiql", "/graphiql/" })
	ResponseEntity<String> graphiql(@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String etag) {
		return page("graphiql", etag);
	}

	/**
	 * Browsers ask for {@code /favicon.ico} wherever a page names no icon (a JSON
	 * response, an error page): the same icon answers.
	 */
	@GetMapping("/favicon.ico")
	String favicon() {
		return "forward:/favicon.svg";
	}

	private ResponseEntity<String> page(String name, String ifNoneMatch) {
		VersionedPages.Page page = this.pages.page(name);
		ResponseEntity.BodyBuilder response = ResponseEntity
			.status(page.etag().equals(ifNoneMatch) ? HttpStatus.NOT_MODIFIED : HttpStatus.OK);
		response.cacheControl(CacheControl.noCache()).eTag(page.etag()).contentType(HTML);
		return page.etag().equals(ifNoneMatch) ? response.build() : response.body(page.html());
	}

}
