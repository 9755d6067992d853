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
import java.util.concurrent.TimeUnit;

import org.innograph.api.ApiException;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar innograph.jar export --format graphml --out graph.graphml [filters]}: writes an export
 * to a file and exits, without starting the web server. The arguments are checked before the database is
 * opened; arguments with a dot ({@code --spring.neo4j.uri=…}, {@code --innograph.embedded.data-directory=…})
 * configure the application as they do for the server.
 */
public final class ExportCommand {

	/** The first non-option argument that selects this command. */
	public static final String NAME = "export";

	static final int OK = 0;

	static final int FAILED = 1;

	static final int BAD_ARGUMENTS = 2;

	static final int DEFAULT_WAIT_SECONDS = 120;

	private static final String USAGE = """
			Usage: java -jar innograph.jar export --format <graphml|gexf|csv|cytoscape> --out <file> [filters]
			Filters (as the URL parameters of GET /export/{format}):
			  --kinds INDUSTRIAL_COMPLEX,COUNCIL   only entities of these kinds
			  --types MEMBER_OF                    only relationships of these types
			  --asOf 2024-12-31                    only what holds on that day
			  --around <entity id> [--hops 1-3]    the neighbourhood of an entity
			  --from <id> --to <id> [--maxHops 1-6] the shortest paths between two entities
			  --bom true                           CSV with a byte-order mark, for Excel
			  --wait 120                           seconds to wait for the database and seed to be ready (default 120)
			Settings such as --spring.neo4j.uri=bolt://… or --innograph.embedded.data-directory=… apply as for the server.""";

	private ExportCommand() {
	}

	/** Whether the arguments ask for this command: the first argument that is not an option is "export". */
	public static boolean requested(String[] args) {
		for (String arg : args) {
			if (!arg.startsWith("-")) {
				return NAME.equals(arg);
			}
		}
		return false;
	}

	/**
	 * Runs the command with the given application class; returns the process exit code: 0 when the file
	 * is written, 2 for bad arguments (nothing started), 1 when the export failed.
	 */
	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		Arguments arguments;
		ExportRequest request;
		try {
			arguments = Arguments.parse(args);
			if (arguments.help()) {
				out.println(USAGE);
				return OK;
			}
			request = ExportRequest.parse(ExportFormat.of(arguments.format()), arguments.filters());
		}
		catch (ApiException ex) {
			err.println("innograph export: " + ex.getMessage());
			err.println(USAGE);
			return BAD_ARGUMENTS;
		}
		Path target = arguments.out().toAbsolutePath();
		if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
			err.println("innograph export: the folder of --out does not exist: " + target.getParent());
			return BAD_ARGUMENTS;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.run(arguments.settings().toArray(String[]::new))) {
			String notReady = awaitReady(context, arguments.waitSeconds());
			if (notReady != null) {
				err.println("innograph export: the database is not ready after " + arguments.waitSeconds() + " s ("
						+ notReady + ")");
				return FAILED;
			}
			Exports exports = context.getBean(Exports.class);
			// Written next to the target and moved into place: a failed export leaves no half file.
			Path partial = Files.createTempFile(target.getParent(), ".innograph-export-", ".part");
			try {
				Exports.Summary summary;
				try (OutputStream file = Files.newOutputStream(partial)) {
					summary = exports.export(request, file);
				}
				Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
				out.println("Wrote " + summary.entities() + " entities and " + summary.relationships()
						+ " relationships to " + target);
				return OK;
			}
			finally {
				Files.deleteIfExists(partial);
			}
		}
		catch (ApiException ex) {
			err.println("innograph export: " + ex.getMessage());
			return FAILED;
		}
		catch (IOException | RuntimeException ex) {
			err.println("innograph export failed: " + ex);
			return FAILED;
		}
	}

	/**
	 * Waits until every health indicator is UP: the start-up steps (schema, seed) report DOWN until they
	 * have run, and retry on their own when the database was not ready. Exporting before that would write
	 * an empty or partial graph. Returns null when ready, otherwise what is still down.
	 */
	static String awaitReady(ConfigurableApplicationContext context, int seconds) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (true) {
			String down = null;
			for (Map.Entry<String, HealthIndicator> indicator : context.getBeansOfType(HealthIndicator.class).entrySet()) {
				Health health = indicator.getValue().health();
				if (!Status.UP.equals(health.getStatus())) {
					down = indicator.getKey() + " " + health.getStatus() + " " + health.getDetails();
				}
			}
			if (down == null) {
				return null;
			}
			if (System.nanoTime() > deadline) {
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

	/** The command line split into the export's own options and the application's settings. */
	record Arguments(String format, Path out, Map<String, List<String>> filters, List<String> settings,
			boolean help, int waitSeconds) {

		static Arguments parse(String[] args) {
			String format = null;
			Path out = null;
			boolean help = false;
			int waitSeconds = DEFAULT_WAIT_SECONDS;
			Map<String, List<String>> filters = new LinkedHashMap<>();
			List<String> settings = new ArrayList<>();
			boolean commandSeen = false;
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (!arg.startsWith("--")) {
					if (!commandSeen && NAME.equals(arg)) {
						commandSeen = true;
						continue;
					}
					throw ApiException.badRequest("Unexpected argument '" + arg + "'");
				}
				String name = arg.substring(2);
				String value = null;
				int equals = name.indexOf('=');
				if (equals >= 0) {
					value = name.substring(equals + 1);
					name = name.substring(0, equals);
				}
				if (name.contains(".")) {
					// An application setting: handed to Spring as --name=value.
					if (value == null && i + 1 < args.length && !args[i + 1].startsWith("--")) {
						value = args[++i];
					}
					settings.add("--" + name + "=" + ((value != null) ? value : ""));
					continue;
				}
				if (name.equals("help")) {
					help = true;
					continue;
				}
				if (value == null) {
					if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
						throw ApiException.badRequest("'--" + name + "' needs a value");
					}
					value = args[++i];
				}
				switch (name) {
					case "format" -> format = value;
					case "out" -> out = Path.of(value);
					case "wait" -> waitSeconds = seconds(value);
					default -> filters.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
				}
			}
			if (!help && format == null) {
				throw ApiException.badRequest("'--format' is required");
			}
			if (!help && out == null) {
				throw ApiException.badRequest("'--out' is required: the file to write");
			}
			return new Arguments(format, out, filters, settings, help, waitSeconds);
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
				throw ApiException.badRequest("'--wait' is a number of seconds, was '" + value + "'");
			}
		}

	}

}
