package org.innograph.paths;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much work a search for chains may do.
 *
 * @param searchTimeout the database time one {@code connections} or
 * {@code connectionReport} field may spend on its searches together; each statement runs
 * with the time left as its transaction timeout (in whole seconds, as transactions take
 * it), none starts once it is spent, and the field then answers what it found with a
 * TIMEOUT error
 */
@ConfigurationProperties("innograph.paths")
record PathsProperties(@DefaultValue("1s") Duration searchTimeout) {

	PathsProperties {
		if (searchTimeout.isNegative()) {
			throw new IllegalArgumentException("innograph.paths.search-timeout must not be negative");
		}
	}

}
