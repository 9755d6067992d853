package org.innograph.sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.innograph.entity.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The source documents' texts, read from the folder the operator names and verified
 * against the SHA-256 the seed records. A missing file or one whose content differs is
 * refused with a clear message (logged once; the source then reports
 * {@code textAvailable: false} and why) and the service keeps running: a text that is not
 * the one the quotes were taken from must not be shown as their context.
 */
@Component
public class SourceTexts {

	private static final Logger logger = LoggerFactory.getLogger(SourceTexts.class);

	private final Path folder;

	/**
	 * Verified texts by document id and expected hash, so a source's new hash is verified
	 * afresh.
	 */
	private final Map<String, Availability> verified = new ConcurrentHashMap<>();

	/** Where ingested documents' texts are, looked in when the first folder has none. */
	private final Path ingested;

	@Autowired
	SourceTexts(SourceTextProperties properties) {
		this(Path.of(properties.texts()), Path.of(properties.ingested()));
	}

	public SourceTexts(Path folder) {
		this(folder, folder);
	}

	public SourceTexts(Path folder, Path ingested) {
		this.folder = folder.toAbsolutePath().normalize();
		this.ingested = ingested.toAbsolutePath().normalize();
	}

	/** The folder the ingest command writes documents' texts into. */
	public Path ingested() {
		return this.ingested;
	}

	/**
	 * Whether a source's text is at hand and matches its recorded hash; the text when it
	 * is.
	 */
	public record Availability(SourceText text, String problem) {

		public boolean available() {
			return this.text != null;
		}

	}

	public Path folder() {
		return this.folder;
	}

	/** The verified text of a source, or why there is none. */
	public Availability of(Source source) {
		String key = source.documentId() + "|" + source.sha256();
		return this.verified.computeIfAbsent(key, (k) -> {
			Availability availability = verify(source);
			if (availability.available()) {
				logger.info("Source text {} ({}): {} lines, SHA-256 verified", source.id(), source.documentId(),
						availability.text().lineCount());
			}
			else {
				logger.warn("Source text {} ({}) refused: {}", source.id(), source.documentId(),
						availability.problem());
			}
			return availability;
		});
	}

	private Availability verify(Source source) {
		if (source.sha256() == null) {
			return new Availability(null,
					"no SHA-256 is recorded for " + source.id() + ", so its text cannot be verified");
		}
		Path file = this.folder.resolve(source.documentId() + ".txt");
		if (!Files.isRegularFile(file)) {
			file = this.ingested.resolve(source.documentId() + ".txt");
		}
		if (!Files.isRegularFile(file)) {
			return new Availability(null, "no file " + file.getFileName() + " in the source texts folder " + this.folder
					+ " (set INNOGRAPH_SOURCE_TEXTS)");
		}
		try {
			byte[] bytes = Files.readAllBytes(file);
			String actual = sha256(bytes);
			if (!actual.equalsIgnoreCase(source.sha256())) {
				return new Availability(null, file + " is not the recorded text of " + source.id() + ": its SHA-256 is "
						+ actual + ", the seed records " + source.sha256());
			}
			String content = new String(bytes, StandardCharsets.UTF_8);
			// Lines as Files.readAllLines counts them (and as locators count): no empty
			// line after a final break.
			String[] lines = content.split("\\r?\\n|\\r", -1);
			int count = (content.endsWith("\n") || content.endsWith("\r")) ? lines.length - 1 : lines.length;
			SourceText text = new SourceText(Arrays.asList(lines).subList(0, count));
			if (source.lineCount() != null && source.lineCount() != text.lineCount()) {
				return new Availability(null,
						file + " has " + text.lineCount() + " lines, the seed records " + source.lineCount());
			}
			return new Availability(text, null);
		}
		catch (IOException ex) {
			return new Availability(null, "cannot read " + file + ": " + ex.getMessage());
		}
	}

	public static String sha256(byte[] bytes) {
		try {
			return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
