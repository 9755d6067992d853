package org.innograph.store;

/**
 * A step that prepares the database at startup, after its schema is in place (the seed is
 * one). Steps run in their {@code @Order}; each must be safe to run again, because a
 * start that found the database unreachable tries every step again later.
 */
@FunctionalInterface
public interface PreparationStep {

	void prepare();

}
