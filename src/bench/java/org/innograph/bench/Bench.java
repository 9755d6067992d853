package org.innograph.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;

import org.innograph.cli.Options;
import org.innograph.embedded.EmbeddedCredentials;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark commands, run from the application jar without starting the web server:
 * {@code bench-generate --scale 100k --data-dir target/bench/100k [--seed 42]} and
 * {@code bench-run --data-dir … --app http://127.0.0.1:8080/graphql --bolt bolt://127.0.0.1:7699
 * [--peer http://127.0.0.1:4000/graphql] [--concurrency 1,4,16] [--duration 5s] [--prime 30s] [--prime-others 30s] [--rounds 4]
 * [--out …]}, and {@code bench-layers --jfr app.jfr [--requests n]}: a recording's
 * request-thread samples by layer ({@link LayerProfile}). {@code bench/run.sh} drives
 * both.
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			System.err.println("usage: bench-generate|bench-run|bench-layers --option value …");
			System.exit(2);
		}
		// The application's own parser; every name is an option of the benchmark's and
		// takes a value.
		Options options = Options.parseAny(Arrays.asList(args).subList(1, args.length), Set.of());
		if (!options.words().isEmpty()) {
			throw new IllegalArgumentException("expected --name value, got " + options.words());
		}
		if (args[0].equals("bench-layers")) {
			LayerProfile.print(Path.of(options.required("jfr")), Long.parseLong(options.value("requests").orElse("0")));
			return;
		}
		Path dataDir = Path.of(options.required("data-dir"));
		switch (args[0]) {
			case "bench-generate" -> {
				Manifest manifest = GraphGenerator.generate(options.value("scale").orElse("10k"), dataDir,
						Long.parseLong(options.value("seed").orElse("42")), options.value("page-cache").orElse("1g"));
				GraphGenerator.log("manifest: %,d entities, %,d relationships, load %,d ms, store %,d bytes",
						manifest.entities(), manifest.relationships(), manifest.loadMillis(), manifest.storeBytes());
			}
			case "bench-run" -> {
				Manifest written = JsonMapper.builder()
					.build()
					.readValue(dataDir.resolve(GraphGenerator.MANIFEST).toFile(), Manifest.class);
				// The pairs' expected lengths under connections' hub rule, from the same
				// graph regenerated in memory (1.5 s at 1M) or the seed's files.
				Manifest manifest = written.underHubRule(written.scale().equals("seed") ? SeedShape.read()
						: SyntheticGraph.generate(written.nodes(), written.seed()));
				BenchRunner.Options run = new BenchRunner.Options(manifest, URI.create(options.required("app")),
						BenchRunner.uri(options.value("peer").orElse(null)).orElse(null),
						URI.create(options.required("bolt")),
						// The application's embedded database, opened with the
						// credentials it keeps.
						EmbeddedCredentials.read(dataDir)
							.orElseThrow(() -> new IllegalStateException("no database credentials in " + dataDir))
							.authToken(),
						Arrays.stream(options.value("concurrency").orElse("1,4,16").split(","))
							.map(String::strip)
							.map(Integer::valueOf)
							.toList(),
						duration(options.value("duration").orElse("5s")),
						duration(options.value("warmup").orElse("2s")), duration(options.value("prime").orElse("0s")),
						// The floor and the peer as long as the application unless told.
						duration(options.value("prime-others").orElse(options.value("prime").orElse("0s"))),
						Integer.parseInt(options.value("rounds").orElse("1")),
						Path.of(options.value("out").orElse("target/bench/results")),
						options.value("only").orElse(null), options.value("token").orElse(null));
				BenchRunner.Report report = BenchRunner.run(run);
				System.exit(BenchRunner.wrong(report.failures()).isEmpty() ? 0 : 1);
			}
			default -> {
				System.err.println("unknown command " + args[0]);
				System.exit(2);
			}
		}
	}

	static Duration duration(String text) {
		String t = text.strip();
		if (t.endsWith("ms")) {
			return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
		}
		if (t.endsWith("s")) {
			return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
		}
		if (t.endsWith("m")) {
			return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
		}
		return Duration.ofSeconds(Long.parseLong(t));
	}

}
