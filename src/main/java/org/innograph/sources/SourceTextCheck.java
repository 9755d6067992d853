package org.innograph.sources;

import org.innograph.entity.EntityReads;
import org.innograph.store.PreparationStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Verifies every source's text at start, so that a missing or different file is reported
 * in the log before anyone asks for it. Never stops the service: the texts are optional.
 * <p>
 * A preparation step ordered after the seed ({@code @Order(100)}), not a runner of its
 * own: two runners of the same order run in no fixed order, and on a new store this one
 * used to read the sources before the seed had written them ("0 verified").
 */
@Component
@Order(SourceTextCheck.ORDER)
final class SourceTextCheck implements PreparationStep {

	/** After the seed step's 100. */
	static final int ORDER = 200;

	private static final Logger logger = LoggerFactory.getLogger(SourceTextCheck.class);

	private final EntityReads reads;

	private final SourceTexts texts;

	SourceTextCheck(EntityReads reads, SourceTexts texts) {
		this.reads = reads;
		this.texts = texts;
	}

	@Override
	public void prepare() {
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
