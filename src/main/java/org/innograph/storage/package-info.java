/**
 * How the graph is stored: labels, property names, id and hash rules, and the Cypher
 * predicates every read shares (active, in force on a date).
 * {@link org.innograph.storage.StoredGraph} describes the stored graph in one place; the
 * seed loader, edits, reads, exports and measures take their names and predicates from
 * here. Below this package sits {@code store}, the database itself (connection, schema,
 * startup); above it the capabilities that read and write records.
 */
package org.innograph.storage;
