/**
 * A time line of events, not of edges: one item per dated thing (an agreement signed, an
 * event, a law, a designation, a dated fact, a dated relationship no dated entity
 * explains), with the entities it involves.
 */
package org.innograph.timeline;
