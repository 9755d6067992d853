package org.innograph.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration test classes run two at a time, and readers of the shared database share
 * it: a class that writes to it (tokens, edits, Cypher writes) or counts the statements
 * its context runs would see, or disturb, the class beside it. Such a class must hold
 * {@link TestDatabase#LOCK} for writing, or run alone ({@code @Isolated}). Read from the
 * test sources, so that a new class cannot forget it.
 */
class SharedDatabaseLocksTests {

	/** What a class does that another class running beside it would see. */
	private static final Pattern WRITES_OR_COUNTS = Pattern
		.compile("statementCount\\(\\)|tokens\\.create\\(|executeWrite"
				+ "|TestWrites\\.delete|client\\s*\\.query\\(\\s*\"{1,3}\\s*(CREATE|MERGE|MATCH[^\"]*?\\b(DELETE|SET)\\b)");

	private static final Pattern HOLDS_IT_ALONE = Pattern.compile(
			"@ResourceLock\\(TestDatabase\\.LOCK\\)|@Isolated|@ResourceLock\\(value = TestDatabase\\.LOCK, mode = ResourceAccessMode\\.READ_WRITE\\)");

	/** Connects to the shared database itself (a temporary directory is not it). */
	private static final Pattern SHARED_DATABASE = Pattern
		.compile("TestDatabase\\.(uri|connection|connectionAnd|authToken|Initializer)\\b");

	@Test
	void classesThatWriteToTheSharedDatabaseOrCountItsStatementsHoldItAlone() throws IOException {
		assertThat(classesOnTheSharedDatabase(
				(source) -> WRITES_OR_COUNTS.matcher(source).find() && !HOLDS_IT_ALONE.matcher(source).find()))
			.as("classes that write to or count on the shared database without its lock")
			.isEmpty();
	}

	/**
	 * A class that only reads still runs statements another class may tally (the
	 * database's query statistics are the whole database's): it holds the lock for
	 * reading, as {@code @IntegrationTest} does, so that it never runs beside a holder.
	 */
	@Test
	void classesOnTheSharedDatabaseHoldItsLockAtLeastForReading() throws IOException {
		assertThat(classesOnTheSharedDatabase((source) -> !source.contains("@IntegrationTest")
				&& !source.contains("@ResourceLock(") && !source.contains("@Isolated")))
			.as("classes on the shared database without its lock")
			.isEmpty();
	}

	/** The integration test classes on the shared database whose source matches. */
	private static List<String> classesOnTheSharedDatabase(Predicate<String> matching) throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
			return files.filter((file) -> file.getFileName().toString().endsWith("IT.java"))
				.filter((file) -> usesTheSharedDatabase(read(file)) && matching.test(read(file)))
				.map((file) -> file.getFileName().toString())
				.toList();
		}
	}

	@Test
	void theRuleSeesAWriterWithoutTheLock() {
		String writer = "@IntegrationTest\nclass X { void t() { tokens.create(\"x\", Role.EDITOR); } }";
		assertThat(usesTheSharedDatabase(writer) && WRITES_OR_COUNTS.matcher(writer).find()
				&& !HOLDS_IT_ALONE.matcher(writer).find())
			.isTrue();
	}

	private static boolean usesTheSharedDatabase(String source) {
		return source.contains("@IntegrationTest") || SHARED_DATABASE.matcher(source).find();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
