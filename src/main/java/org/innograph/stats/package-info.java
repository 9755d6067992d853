/**
 * Counts for dashboards: entities by kind, region, sector and year; relationships by
 * type.
 */
package org.innograph.stats;
