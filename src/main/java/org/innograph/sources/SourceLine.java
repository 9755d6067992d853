package org.innograph.sources;

/** A line of a source document's text, numbered from 1 as locators count. */
public record SourceLine(int number, String text) {
}
