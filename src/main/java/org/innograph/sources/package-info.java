/**
 * The quote in its document: the source texts the operator supplies (verified against the
 * SHA-256 the seed records), their lines, and each quote's context — the lines around it,
 * its place in its line and the heading that gives a list item its meaning.
 */
package org.innograph.sources;
