package org.innograph.sources;

import java.util.List;

/**
 * A quote in its document: the line it starts on, where it starts in that line and ends
 * in its last line (null when it was not found there), the lines shown, and the heading
 * of a list item.
 */
public record QuoteContext(int line, Integer start, Integer end, List<SourceLine> lines, SourceLine heading) {
}
