package org.innograph.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

/**
 * The credentials of the embedded database's Bolt connector: made at its first start,
 * kept in the data directory in a file only its owner may read, and used by the
 * application's driver. Whoever can read that file can read the store files too, so it
 * protects no less than the directory already does.
 *
 * @param username the database user ({@value #USERNAME})
 * @param password a random password
 */
public record EmbeddedCredentials(String username, String password) {

	/** The file in the data directory that holds them. */
	public static final String FILE_NAME = "bolt-credentials.properties";

	static final String USERNAME = "neo4j";

	private static final SecureRandom random = new SecureRandom();

	/** The driver's authentication with these credentials. */
	public AuthToken authToken() {
		return AuthTokens.basic(this.username, this.password);
	}

	/** The credentials kept in the data directory {@code home}, if it holds them. */
	public static Optional<EmbeddedCredentials> read(Path home) {
		Path file = home.resolve(FILE_NAME);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the database credentials in " + file, ex);
		}
		String username = properties.getProperty("username");
		String password = properties.getProperty("password");
		if (username == null || password == null || password.isBlank()) {
			throw new IllegalStateException(file + " holds no username and password; delete it to have new ones made");
		}
		return Optional.of(new EmbeddedCredentials(username, password));
	}

	/** New credentials with a random password of 32 bytes. */
	static EmbeddedCredentials generate() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return new EmbeddedCredentials(USERNAME, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/**
	 * Writes them to {@code home} with owner-only permissions (where the file system has
	 * POSIX permissions), by way of a temporary file, so that the file is never readable
	 * by others, not even for a moment, and never half written.
	 */
	void writeTo(Path home) {
		Path file = home.resolve(FILE_NAME);
		Path temporary = home.resolve(FILE_NAME + ".new");
		try {
			Files.deleteIfExists(temporary);
			createOwnerOnly(temporary);
			Properties properties = new Properties();
			properties.setProperty("username", this.username);
			properties.setProperty("password", this.password);
			try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				properties.store(writer, "Bolt credentials of the embedded Neo4j; made at its first start");
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the database credentials to " + file, ex);
		}
	}

	private static void createOwnerOnly(Path file) throws IOException {
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			FileAttribute<?> ownerOnly = PosixFilePermissions
				.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
			Files.createFile(file, ownerOnly);
		}
		else {
			Files.createFile(file);
			file.toFile().setReadable(false, false);
			file.toFile().setReadable(true, true);
			file.toFile().setWritable(false, false);
			file.toFile().setWritable(true, true);
		}
	}

	@Override
	public String toString() {
		// Never the password, should these end up in a log line.
		return "EmbeddedCredentials[username=" + this.username + "]";
	}

}
