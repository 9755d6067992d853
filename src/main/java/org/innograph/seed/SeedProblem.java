package org.innograph.seed;

/**
 * One thing wrong with the seed, said where a curator can find it: file, record and
 * field.
 */
public record SeedProblem(String where, String message) {

	@Override
	public String toString() {
		return this.where + ": " + this.message;
	}

}
