package org.innograph.curation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.reader.HWPReader;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.innograph.sources.SourceTexts;

/**
 * Reads a document into numbered lines: plain text (UTF-8) as it is, so that its lines
 * and SHA-256 are those of the file; PDF (PDFBox) and HWP (hwplib) as the text they hold,
 * normalised (line breaks unified, trailing spaces and control characters dropped), the
 * SHA-256 then being that of the normalised text, which is what is kept and quoted.
 */
public final class DocumentReader {

	/** The largest document read; a bound on the work one ingest does. */
	public static final long MAX_BYTES = 50L * 1024 * 1024;

	/** The most lines a document may have after normalisation. */
	public static final int MAX_LINES = 100_000;

	/** The formats read, by file name ending. */
	public enum Format {

		TEXT, PDF, HWP;

		static Format of(Path file) {
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			if (name.endsWith(".pdf")) {
				return PDF;
			}
			if (name.endsWith(".hwp")) {
				return HWP;
			}
			if (name.endsWith(".txt") || name.endsWith(".md")) {
				return TEXT;
			}
			throw new DocumentException("cannot read " + file.getFileName()
					+ ": the formats read are plain text (.txt, .md), PDF (.pdf) and HWP (.hwp); HWPX is not read");
		}

	}

	/** A document that cannot be read, with a message that says why. */
	public static final class DocumentException extends RuntimeException {

		DocumentException(String message) {
			super(message);
		}

		DocumentException(String message, Throwable cause) {
			super(message, cause);
		}

	}

	private DocumentReader() {
	}

	public static DocumentText read(Path file) {
		Format format = Format.of(file);
		byte[] bytes;
		try {
			if (Files.size(file) > MAX_BYTES) {
				throw new DocumentException(file.getFileName() + " is larger than " + MAX_BYTES / 1024 / 1024 + " MB");
			}
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new DocumentException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
		return read(bytes, format, file.getFileName().toString());
	}

	public static DocumentText read(byte[] bytes, Format format, String name) {
		DocumentText text = switch (format) {
			case TEXT -> text(bytes, name);
			case PDF -> DocumentText.of(normalise(pdf(bytes, name)));
			case HWP -> DocumentText.of(normalise(hwp(bytes, name)));
		};
		if (text.lineCount() > MAX_LINES) {
			throw new DocumentException(name + " has more than " + MAX_LINES + " lines");
		}
		return text;
	}

	private static DocumentText text(byte[] bytes, String name) {
		try {
			String content = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			DocumentText text = DocumentText.of(content);
			// The hash of the file itself, so that a text already cited keeps its hash.
			return new DocumentText(text.lines(), SourceTexts.sha256(bytes));
		}
		catch (CharacterCodingException ex) {
			throw new DocumentException(name + " is not UTF-8 text", ex);
		}
	}

	private static String pdf(byte[] bytes, String name) {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			stripper.setLineSeparator("\n");
			return stripper.getText(document);
		}
		catch (IOException ex) {
			throw new DocumentException(name + " is not a readable PDF: " + ex.getMessage(), ex);
		}
	}

	private static String hwp(byte[] bytes, String name) {
		try {
			HWPFile file = HWPReader.fromInputStream(new ByteArrayInputStream(bytes));
			return TextExtractor.extract(file, TextExtractMethod.InsertControlTextBetweenParagraphText);
		}
		catch (Exception ex) {
			// hwplib declares Exception; any failure means the file is not HWP it reads.
			throw new DocumentException(name + " is not a readable HWP file: " + ex.getMessage(), ex);
		}
	}

	/**
	 * One line per line of text, without trailing spaces or control characters (tabs
	 * kept: tables come out as tab-separated cells).
	 */
	static String normalise(String text) {
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\\r?\\n|\\r|\\u2028|\\u2029|\\f", -1)) {
			lines.add(line.replaceAll("[\\p{Cntrl}&&[^\\t]]", "").stripTrailing());
		}
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return String.join("\n", lines) + "\n";
	}

}
