/**
 * Finding entities by Korean or English name, acronym or alias, ranked so that exact hits
 * come first and one-syllable or partial queries still find something.
 */
package org.innograph.search;
