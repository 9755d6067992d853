/**
 * Dated facts in order: agreements signed, designations, events, relationships starting,
 * dated figures.
 */
package org.innograph.timeline;
