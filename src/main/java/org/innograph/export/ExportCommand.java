package org.innograph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.innograph.api.ApiException;
import org.innograph.cli.Command;
import org.innograph.cli.Options;
import org.innograph.cli.UsageException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar innograph.jar export --format graphml --out graph.graphml [filters]}:
 * writes an export of the database as it is to a file and exits, without a web server
 * (see {@link org.innograph.cli.Commands}). The filters are the parameters of {@code GET
 * /export/{format}}.
 */
@Component
class ExportCommand implements Command {

	static final int DEFAULT_WAIT_SECONDS = 120;

	private final Exports exports;

	private final ApplicationContext context;

	ExportCommand(Exports exports, ApplicationContext context) {
		this.exports = exports;
		this.context = context;
	}

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String usage() {
		return """
				export --format graphml|gexf|csv|cytoscape --out FILE [filters]   write the graph or a part of it to a file
				  filters, as the parameters of GET /export/{format}:
				    --kinds INDUSTRIAL_COMPLEX,COUNCIL  --types MEMBER_OF  --as-of 2024-12-31 (or 2024-12, 2024)
				    --around ID [--hops 1-3 | --expand ID,ID]  |  --from ID --to ID [--maxHops 1-6]  --bom false (CSV without the byte-order mark Excel needs)
				    --timeline true [--since 2023-01-01] [--until 2023-12-31] [--involving ID] [--subjectKinds AGREEMENT]
				    --wait SECONDS  how long to wait for the database to be ready (default 120)""";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws IOException {
		Arguments arguments = Arguments.parse(args);
		ExportRequest request;
		try {
			request = ExportRequest.parse(ExportFormat.of(arguments.format()), arguments.filters());
		}
		catch (ApiException ex) {
			throw new UsageException(ex.getMessage());
		}
		Path target = arguments.out().toAbsolutePath();
		if (!Files.isDirectory(target.getParent())) {
			throw new UsageException("the folder of --out does not exist: " + target.getParent());
		}
		String notReady = awaitReady(this.context, arguments.waitSeconds());
		if (notReady != null) {
			out.println("export: the database is not ready after " + arguments.waitSeconds() + " s (" + notReady + ")");
			return 1;
		}
		// Written next to the target and moved into place: a failed export leaves no
		// half-written file.
		Path partial = Files.createTempFile(target.getParent(), ".innograph-export-", ".part");
		try {
			Exports.Summary summary;
			try (OutputStream file = Files.newOutputStream(partial)) {
				summary = this.exports.export(request, file);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
			out.println("Wrote " + summary.entities() + " entities and " + summary.relationships()
					+ " relationships to " + target);
			if (summary.entities() == 0) {
				out.println("Nothing matched. On a fresh data directory, start the server once to load the seed.");
			}
			return 0;
		}
		catch (ApiException ex) {
			out.println("export: " + ex.getMessage());
			return 1;
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/**
	 * Waits until every health indicator is UP: the start-up steps report DOWN until the
	 * schema is in place, and retry on their own while the database is not ready;
	 * exporting before that would write an empty or partial graph. Returns null when
	 * ready, otherwise what is still down.
	 */
	static String awaitReady(ApplicationContext context, int seconds) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (true) {
			String down = null;
			for (Map.Entry<String, HealthIndicator> indicator : context.getBeansOfType(HealthIndicator.class)
				.entrySet()) {
				Health health = indicator.getValue().health();
				if (!Status.UP.equals(health.getStatus())) {
					down = indicator.getKey() + " " + health.getStatus() + " " + health.getDetails();
				}
			}
			if (down == null || System.nanoTime() > deadline) {
				return down;
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return down;
			}
		}
	}

	/**
	 * The command's options: the format, the file, and the filters (each may be
	 * repeated).
	 */
	record Arguments(String format, Path out, Map<String, List<String>> filters, int waitSeconds) {

		/** The command's own options; every other name is a filter. */
		private static final Set<String> OWN = Set.of("format", "out", "wait");

		static Arguments parse(List<String> args) {
			// Filter names are open here: ExportRequest checks them as it checks the web
			// endpoint's parameters.
			Options options = Options.parseAny(args, Set.of());
			if (!options.words().isEmpty()) {
				throw new UsageException("unexpected argument '" + options.words().get(0) + "'");
			}
			Map<String, List<String>> filters = new LinkedHashMap<>();
			options.values().forEach((name, values) -> {
				if (name.contains(".")) {
					throw new UsageException("--" + name + ": commands take settings from the environment (NEO4J_URI, "
							+ "INNOGRAPH_DATA_DIR …) or as java -D" + name + "=… before -jar");
				}
				if (!OWN.contains(name)) {
					// The command-line spelling of asOf; both name the same filter.
					String filter = name.equals("as-of") ? "asOf" : name;
					filters.computeIfAbsent(filter, (key) -> new ArrayList<>()).addAll(values);
				}
			});
			String format = options.required("format");
			Path out = Path
				.of(options.value("out").orElseThrow(() -> new UsageException("--out is required: the file to write")));
			int waitSeconds = options.value("wait").map(Arguments::seconds).orElse(DEFAULT_WAIT_SECONDS);
			return new Arguments(format, out, filters, waitSeconds);
		}

		private static int seconds(String value) {
			try {
				int seconds = Integer.parseInt(value);
				if (seconds < 0) {
					throw new NumberFormatException();
				}
				return seconds;
			}
			catch (NumberFormatException ex) {
				throw new UsageException("--wait is a number of seconds, was '" + value + "'");
			}
		}

	}

}
