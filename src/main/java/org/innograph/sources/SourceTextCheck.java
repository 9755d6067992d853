package org.innograph.sources;

import org.innograph.entity.EntityReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Verifies every source's text at start (after the seed is loaded), so that a missing or
 * different file is reported in the log before anyone asks for it. Never stops the
 * service: the texts are optional.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
final class SourceTextCheck implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SourceTextCheck.class);

	private final EntityReads reads;

	private final SourceTexts texts;

	SourceTextCheck(EntityReads reads, SourceTexts texts) {
		this.reads = reads;
		this.texts = texts;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			long available = this.reads.allSources()
				.stream()
				.filter((source) -> this.texts.of(source).available())
				.count();
			logger.info("Source texts from {}: {} verified", this.texts.folder(), available);
		}
		catch (RuntimeException ex) {
			// The database may be away at start; sources are then verified when first
			// asked for.
			logger.warn("Source texts not verified at start ({}); they will be when first read", ex.getMessage());
		}
	}

}
