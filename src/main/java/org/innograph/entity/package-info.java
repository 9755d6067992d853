/**
 * Entities, relationships, facts, evidence and sources as the API shows them: look-up by
 * id or key, filtered lists, an entity's relationships and neighbours, all batched so
 * that a page of entities costs a fixed number of statements whatever its length.
 */
package org.innograph.entity;
