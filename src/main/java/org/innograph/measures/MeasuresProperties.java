package org.innograph.measures;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bound of one measurement.
 *
 * @param maxWork the largest projection measured, as entities × (entities +
 * relationships): betweenness walks the whole projection from each of its entities, so
 * its time grows with that product (about 3 million a second on one core of a small
 * machine, in a JVM without its optimising compiler). The default, 20 million, is some
 * seconds of one core; the seed's whole graph is 0.7 million. A larger projection is
 * refused with LIMIT_EXCEEDED before any of it is computed.
 */
@ConfigurationProperties("innograph.measures")
record MeasuresProperties(@DefaultValue("20000000") long maxWork) {

	MeasuresProperties {
		if (maxWork < 1) {
			throw new IllegalArgumentException("innograph.measures.max-work must be at least 1, was " + maxWork);
		}
	}

	/** The bound as the reads and the computation apply it. */
	WorkBound bound() {
		return new WorkBound(this.maxWork);
	}

}
