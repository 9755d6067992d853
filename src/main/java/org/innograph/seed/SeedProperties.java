package org.innograph.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Loading the curated seed at startup.
 *
 * @param enabled whether to load the seed at startup
 * @param location where the seed's YAML files are: the copy in the jar by default, or a
 * folder such as {@code file:graph-seed/} to load edits without rebuilding
 */
@ConfigurationProperties("innograph.seed")
public record SeedProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("classpath:graph-seed/") String location) {
}
