package org.innograph.curation;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.innograph.cli.Command;
import org.innograph.cli.Options;
import org.innograph.cli.UsageException;
import org.innograph.graph.PartialDate;
import org.innograph.graph.SourceKind;

import org.springframework.stereotype.Component;

/**
 * {@code java -jar innograph.jar ingest FILE --id doc:NNN --title … --publisher …
 * --published …}: reads a document, registers it as a source and stores what the curation
 * pipeline proposes from it for review (none of it public), then exits.
 */
@Component
class IngestCommand implements Command {

	private final IngestService service;

	IngestCommand(IngestService service) {
		this.service = service;
	}

	@Override
	public String name() {
		return "ingest";
	}

	@Override
	public String usage() {
		return """
				ingest FILE --id doc:NNN --title TEXT --publisher TEXT --published YYYY[-MM[-DD]]   propose claims from a document
				  [--title-en TEXT] [--publisher-en TEXT] [--url https://…] [--kind press-release|plan|report|law|web-page]
				  FILE: .txt (UTF-8), .pdf or .hwp; its normalised text is kept as <documentId>.txt in INNOGRAPH_INGESTED_TEXTS""";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		Options options = Options.parse(args,
				Set.of("id", "title", "title-en", "publisher", "publisher-en", "published", "url", "kind"), Set.of());
		if (options.words().size() != 1) {
			throw new UsageException("name one document to ingest");
		}
		Path file = Path.of(options.words().get(0));
		if (!Files.isRegularFile(file)) {
			throw new UsageException("no file " + file);
		}
		SourceRecord source = source(options);
		long started = System.nanoTime();
		IngestService.Report report = this.service.ingest(file, source);
		long millis = (System.nanoTime() - started) / 1_000_000;
		out.println("Ingested " + file.getFileName() + " as " + report.sourceId() + " in " + millis + " ms ("
				+ report.lines() + " lines, SHA-256 " + report.sha256() + ")"
				+ (report.sourceCreated() ? "" : ", already registered"));
		out.println("Text kept as " + report.text());
		out.println("Found " + report.mentions() + " mentions of known entities; proposed " + report.entities()
				+ " new entities, " + report.relationships() + " relationships and " + report.facts() + " facts; "
				+ report.proposalsCreated() + " proposals are new (none is public until accepted)");
		return 0;
	}

	static SourceRecord source(Options options) {
		PartialDate published;
		try {
			published = PartialDate.parse(options.required("published"));
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("--published: " + ex.getMessage());
		}
		SourceKind kind;
		try {
			kind = options.value("kind").map(SourceKind::ofStored).orElse(SourceKind.PRESS_RELEASE);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("--kind must be press-release, plan, report, law or web-page");
		}
		try {
			return SourceRecord.checked(options.value("id").orElse(null), options.value("title").orElse(null),
					options.value("title-en").orElse(null), options.value("publisher").orElse(null),
					options.value("publisher-en").orElse(null), published, kind, options.value("url").orElse(null));
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException(ex.getMessage());
		}
	}

}
