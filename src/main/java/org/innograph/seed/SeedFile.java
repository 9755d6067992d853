package org.innograph.seed;

/**
 * The text of one seed file and its name relative to the seed folder (e.g.
 * {@code 000-daejeon-space-mou.yaml}).
 */
public record SeedFile(String name, String content) {
}
