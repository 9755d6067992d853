package org.innograph.entity;

import java.math.BigDecimal;

/**
 * Numbers as people write them: 973, not 973.0; 8,514 stays 8514 for machines to read.
 */
final class Numbers {

	private Numbers() {
	}

	static String plain(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
