/**
 * The embedded Neo4j that the service starts when no external database is configured, so
 * that one command runs everything on a fresh machine. The application talks to it over
 * Bolt on loopback, with the credentials made at its first start, through the same driver
 * code that talks to an external server or cluster.
 */
package org.innograph.embedded;
