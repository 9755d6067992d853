package org.innograph.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.embedded.EmbeddedCredentials;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark commands, run from the application jar without starting the web server:
 * {@code bench-generate --scale 100k --data-dir target/bench/100k [--seed 42]} and
 * {@code bench-run --data-dir … --app http://127.0.0.1:8080/graphql --bolt bolt://127.0.0.1:7699
 * [--peer http://127.0.0.1:4000/graphql] [--concurrency 1,4,16] [--duration 5s] [--out …]}.
 * {@code bench/run.sh} drives both.
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			System.err.println("usage: bench-generate|bench-run --option value …");
			System.exit(2);
		}
		Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
		Path dataDir = Path.of(required(options, "data-dir"));
		switch (args[0]) {
			case "bench-generate" -> {
				Manifest manifest = GraphGenerator.generate(options.getOrDefault("scale", "10k"), dataDir,
						Long.parseLong(options.getOrDefault("seed", "42")), options.getOrDefault("page-cache", "1g"));
				GraphGenerator.log("manifest: %,d entities, %,d relationships, load %,d ms, store %,d bytes",
						manifest.entities(), manifest.relationships(), manifest.loadMillis(), manifest.storeBytes());
			}
			case "bench-run" -> {
				Manifest manifest = JsonMapper.builder()
					.build()
					.readValue(dataDir.resolve(GraphGenerator.MANIFEST).toFile(), Manifest.class);
				BenchRunner.Options run = new BenchRunner.Options(manifest, URI.create(required(options, "app")),
						BenchRunner.uri(options.get("peer")).orElse(null), URI.create(required(options, "bolt")),
						// The application's embedded database, opened with the credentials it keeps.
						EmbeddedCredentials.read(dataDir)
							.orElseThrow(() -> new IllegalStateException("no database credentials in " + dataDir))
							.authToken(),
						Arrays.stream(options.getOrDefault("concurrency", "1,4,16").split(","))
							.map(String::strip)
							.map(Integer::valueOf)
							.toList(),
						duration(options.getOrDefault("duration", "5s")), duration(options.getOrDefault("warmup", "2s")),
						Path.of(options.getOrDefault("out", "target/bench/results")), options.get("only"),
						options.get("token"));
				BenchRunner.Report report = BenchRunner.run(run);
				System.exit(BenchRunner.wrong(report.failures()).isEmpty() ? 0 : 1);
			}
			default -> {
				System.err.println("unknown command " + args[0]);
				System.exit(2);
			}
		}
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("expected --name value, got " + List.of(args));
			}
			options.put(args[i].substring(2), args[++i]);
		}
		return options;
	}

	private static String required(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null) {
			throw new IllegalArgumentException("--" + name + " is required");
		}
		return value;
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
