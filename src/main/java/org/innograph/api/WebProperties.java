package org.innograph.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service is reached from outside.
 *
 * @param publicUrl the base URL people use to open the service, used in permalinks and
 * citations
 */
@ConfigurationProperties("innograph.web")
public record WebProperties(@DefaultValue("http://localhost:8080") String publicUrl) {

	/** A permalink to an object of the graph in the explorer. */
	public String permalink(String id) {
		String base = this.publicUrl.endsWith("/") ? this.publicUrl.substring(0, this.publicUrl.length() - 1)
				: this.publicUrl;
		return base + "/#/node/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
	}

}
