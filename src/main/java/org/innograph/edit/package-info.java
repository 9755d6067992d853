/**
 * Editing the graph: validated mutations (create, update, retire entities and
 * relationships; add sources and evidence) with optimistic versioning, every change
 * recorded as a {@code :Change} in the same transaction; the seed round trip (export the
 * graph as seed files, import seed files) and whole-store backup and restore.
 */
package org.innograph.edit;
