package org.innograph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench-run}: runs the query mix against the raw driver (the floor), Innograph
 * over HTTP, and optionally the {@code @neo4j/graphql} peer, at each concurrency, side by
 * side; checks every answer first; writes the results as Markdown and JSON.
 */
final class BenchRunner {

	/** The application's name among the targets. */
	static final String APPLICATION = "innograph";

	/** The clients of the priming run: several, as the later cells have. */
	private static final int PRIMING_CONCURRENCY = 4;

	private static final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/**
	 * What the runner needs to know. {@code prime} is the application's priming,
	 * {@code primeOthers} the raw driver's and the peer's (see {@link #prime}).
	 */
	record Options(Manifest manifest, URI app, URI peer, URI bolt, AuthToken boltAuth, List<Integer> concurrency,
			Duration duration, Duration warmup, Duration prime, Duration primeOthers, int rounds, Path out, String only,
			String token) {

		Options {
			if (rounds < 1 || duration.dividedBy(rounds).isZero()) {
				throw new IllegalArgumentException("rounds must be at least 1 and leave each a slice of the duration");
			}
		}

	}

	/** One measured cell: a query against one target at one concurrency. */
	record Result(String query, String target, int concurrency, long requests, long errors, double p50, double p95,
			double p99, double throughput) {
	}

	/**
	 * A wrong answer found while checking, or no answer within the database's time limit.
	 */
	record Failure(String query, String target, String variables, String expected, String got, boolean timedOut) {

		/** The timeouts of the database (10 s), as the three targets report them. */
		static boolean isTimeout(String text) {
			return text.contains("TIMEOUT") || text.contains("TransactionTimedOut")
					|| text.contains("has not completed within the timeout") || text.contains("timed out");
		}

	}

	/** Answers that were wrong (timeouts are listed but are not wrong answers). */
	static List<Failure> wrong(List<Failure> failures) {
		return failures.stream().filter((f) -> !f.timedOut()).toList();
	}

	/** Everything a run found, as written to the JSON file. */
	record Report(String date, String machine, Manifest manifest, List<Map<String, String>> queries,
			List<Failure> failures, List<Result> results) {
	}

	interface Target {

		String name();

		/**
		 * Runs one request; returns false when it failed (an error in the answer, a
		 * non-200 status).
		 */
		boolean execute(Workload.Query query, Workload.Variant variant) throws Exception;

		Workload.Answer answer(Workload.Query query, Workload.Variant variant) throws Exception;

		/**
		 * Called before each slice of {@code query}, outside the time measured: makes
		 * current again what an earlier slice, or another target's, made stale.
		 */
		default void prepare(Workload.Query query) {
		}

	}

	static Report run(Options options) throws Exception {
		List<Workload.Query> queries = Workload.mix(options.manifest())
			.stream()
			.filter((q) -> options.only() == null || Arrays.asList(options.only().split(","))
				.stream()
				.anyMatch((prefix) -> q.name().startsWith(prefix)))
			.toList();
		int maxConcurrency = options.concurrency().stream().mapToInt(Integer::intValue).max().orElse(1);
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(Executors.newFixedThreadPool(2))
			.build();
		try (Driver driver = GraphDatabase.driver(options.bolt(), options.boltAuth(),
				Config.builder().withMaxConnectionPoolSize(maxConcurrency + 4).build())) {
			List<Target> targets = new ArrayList<>();
			RawClient raw = new RawClient(driver);
			targets.add(new RawTarget(raw));
			targets.add(new HttpTarget(APPLICATION, http, options.app(), false, options.token()));
			if (options.peer() != null) {
				targets.add(new HttpTarget("neo4j-graphql", http, options.peer(), true, null));
			}
			long checkStarted = System.nanoTime();
			List<Failure> failures = check(queries, targets);
			GraphGenerator.log("answers checked in %.1f s", (System.nanoTime() - checkStarted) / 1e9);
			failures.forEach((f) -> GraphGenerator.log("%s %s", f.timedOut() ? "TIME LIMIT" : "WRONG ANSWER", f));
			prime(queries, targets, options);
			List<Result> results = new ArrayList<>();
			for (Workload.Query query : queries) {
				for (int c : options.concurrency()) {
					for (Result result : cell(query, targets, c, options)) {
						GraphGenerator.log(
								"%-8s %-14s c=%-2d p50 %7.2f ms  p95 %7.2f  p99 %7.2f  %8.1f req/s  %d errors",
								query.name(), result.target(), c, result.p50(), result.p95(), result.p99(),
								result.throughput(), result.errors());
						results.add(result);
					}
				}
			}
			List<Map<String, String>> described = queries.stream().map((q) -> {
				Map<String, String> d = new LinkedHashMap<>();
				d.put("name", q.name());
				d.put("description", q.description());
				d.put("expected", q.variants().get(0).expected() + " (" + q.variants().size() + " variants)");
				return d;
			}).toList();
			String date = LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16);
			Report report = new Report(date, machine(), options.manifest(), described, failures, results);
			Files.createDirectories(options.out().getParent());
			json.writeValue(Path.of(options.out() + ".json").toFile(), report);
			Files.writeString(Path.of(options.out() + ".md"), ReportMarkdown.of(report));
			GraphGenerator.log("wrote %s.md and .json", options.out());
			return report;
		}
	}

	/**
	 * Asks every target every variant of every query once and compares the answers with
	 * what the graph is known to hold. Most of the time goes to the database planning
	 * each statement for the first time and reading a store it has just opened (50 s at
	 * 100K, one target after another), so the targets check their reads at the same time,
	 * each its own in turn; the writes follow one target after another, since Q8's
	 * targets edit the same entities and the application would refuse an edit whose
	 * version another target had just raised.
	 */
	private static List<Failure> check(List<Workload.Query> queries, List<Target> targets) throws Exception {
		List<Workload.Query> reads = queries.stream().filter((q) -> !q.writes()).toList();
		List<Failure> failures = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(targets.size());
		try {
			List<Future<List<Failure>>> checks = new ArrayList<>();
			for (Target target : targets) {
				checks.add(pool.submit(() -> check(reads, target)));
			}
			for (Future<List<Failure>> check : checks) {
				failures.addAll(check.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		List<Workload.Query> writes = queries.stream().filter(Workload.Query::writes).toList();
		for (Target target : targets) {
			failures.addAll(check(writes, target));
		}
		// In the mix's order, as before the checks ran side by side.
		List<String> order = queries.stream().map(Workload.Query::name).toList();
		failures.sort(Comparator.comparingInt((f) -> order.indexOf(f.query())));
		return failures;
	}

	private static List<Failure> check(List<Workload.Query> queries, Target target) {
		List<Failure> failures = new ArrayList<>();
		for (Workload.Query query : queries) {
			for (Workload.Variant variant : query.variants()) {
				String got;
				try {
					Workload.Answer answer = target.answer(query, variant);
					if (variant.check().test(answer)) {
						continue;
					}
					got = "total " + answer.total() + ", " + answer.ids().size() + " ids "
							+ answer.ids().stream().limit(3).toList();
				}
				catch (Exception ex) {
					got = ex.toString();
				}
				boolean timedOut = Failure.isTimeout(got);
				failures.add(new Failure(query.name(), target.name(), variant.variables().toString(),
						variant.expected(), timedOut ? "a time limit's error: " + got : got, timedOut));
			}
		}
		return failures;
	}

	/**
	 * Runs the whole mix against every target before any cell is measured, so that the
	 * first cells do not measure the JIT compilers of the application, the peer and this
	 * client at work (a cell's own warm-up is too short for that); nothing of it is
	 * recorded. The application gets {@code prime}, the raw driver and the peer
	 * {@code primeOthers} ({@code bench/run.sh}: 120 s each; a shorter time for the
	 * others measured the application lower against the peer, docs/performance.md).
	 */
	private static void prime(List<Workload.Query> queries, List<Target> targets, Options options) throws Exception {
		if (queries.isEmpty()) {
			return;
		}
		for (Target target : targets) {
			Duration prime = target.name().equals(APPLICATION) ? options.prime() : options.primeOthers();
			if (prime.isZero()) {
				continue;
			}
			GraphGenerator.log("priming %s with the mix for %d s", target.name(), prime.toSeconds());
			Duration slice = prime.dividedBy(queries.size());
			for (Workload.Query query : queries) {
				measure(query, target, PRIMING_CONCURRENCY, Duration.ZERO, slice, new AtomicInteger());
			}
		}
	}

	/**
	 * One query at one concurrency against every target. The targets take turns in
	 * {@code rounds} slices of the cell's duration, each after its warm-up in the first,
	 * so that a machine that slows down or speeds up during the cell (a shared one does)
	 * affects them alike, not the one whose turn it happened to be.
	 */
	static List<Result> cell(Workload.Query query, List<Target> targets, int concurrency, Options options)
			throws Exception {
		Duration slice = options.duration().dividedBy(options.rounds());
		Map<Target, List<Samples>> byTarget = new LinkedHashMap<>();
		// Each target goes on through the query's variants where its last slice
		// stopped: a slow query answers a few requests per slice, and starting every
		// slice at the first variant would measure the first few (the hubs) again.
		Map<Target, AtomicInteger> nextVariant = new LinkedHashMap<>();
		for (int round = 0; round < options.rounds(); round++) {
			for (Target target : targets) {
				Duration warmup = (round == 0) ? options.warmup() : Duration.ZERO;
				AtomicInteger next = nextVariant.computeIfAbsent(target, (t) -> new AtomicInteger());
				byTarget.computeIfAbsent(target, (t) -> new ArrayList<>())
					.add(measure(query, target, concurrency, warmup, slice, next));
			}
		}
		List<Result> results = new ArrayList<>();
		byTarget.forEach((target, samples) -> results
			.add(Samples.merge(samples).result(query.name(), target.name(), concurrency)));
		return results;
	}

	/**
	 * What one run of a query measured: every latency in nanoseconds, the failed
	 * requests, and the time from the end of the warm-up until the last request answered.
	 */
	record Samples(long[] latencies, long errors, long nanos) {

		static Samples merge(List<Samples> parts) {
			long[] all = parts.stream().flatMapToLong((part) -> Arrays.stream(part.latencies())).toArray();
			return new Samples(all, parts.stream().mapToLong(Samples::errors).sum(),
					parts.stream().mapToLong(Samples::nanos).sum());
		}

		/**
		 * Percentiles of the latencies; throughput over the time measured, which includes
		 * the answers still coming in after the end (a slow target's last requests).
		 */
		Result result(String query, String target, int concurrency) {
			long[] sorted = this.latencies.clone();
			Arrays.sort(sorted);
			return new Result(query, target, concurrency, sorted.length, this.errors, percentile(sorted, 50),
					percentile(sorted, 95), percentile(sorted, 99), sorted.length / (this.nanos / 1e9));
		}

	}

	/**
	 * Runs one query against one target: {@code concurrency} clients back to back for the
	 * warm-up, then for the duration, taking the query's variants in turn from
	 * {@code next}.
	 */
	private static Samples measure(Workload.Query query, Target target, int concurrency, Duration warmup,
			Duration duration, AtomicInteger next) throws Exception {
		target.prepare(query);
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		try {
			long warmupEnd = System.nanoTime() + warmup.toNanos();
			long end = warmupEnd + duration.toNanos();
			List<Future<Samples>> futures = new ArrayList<>();
			for (int t = 0; t < concurrency; t++) {
				futures.add(pool.submit(() -> {
					long[] latencies = new long[1024];
					int n = 0;
					long errors = 0;
					long lastAnswer = warmupEnd;
					while (true) {
						long started = System.nanoTime();
						if (started >= end) {
							break;
						}
						Workload.Variant variant = query.variants()
							.get(Math.floorMod(next.getAndIncrement(), query.variants().size()));
						boolean ok;
						try {
							ok = target.execute(query, variant);
						}
						catch (Exception ex) {
							ok = false;
						}
						long finished = System.nanoTime();
						if (started < warmupEnd) {
							continue;
						}
						lastAnswer = finished;
						if (!ok) {
							errors++;
						}
						if (n == latencies.length) {
							latencies = Arrays.copyOf(latencies, n * 2);
						}
						latencies[n++] = finished - started;
					}
					return new Samples(Arrays.copyOf(latencies, n), errors, lastAnswer - warmupEnd);
				}));
			}
			List<Samples> parts = new ArrayList<>();
			for (Future<Samples> future : futures) {
				parts.add(future.get());
			}
			// Every client measured the same span; the longest one holds the last answer.
			long nanos = Math.max(duration.toNanos(), parts.stream().mapToLong(Samples::nanos).max().orElse(0));
			Samples all = Samples.merge(parts);
			return new Samples(all.latencies(), all.errors(), nanos);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	private static String machine() {
		String cpu = "unknown CPU";
		try {
			cpu = Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((l) -> l.startsWith("model name"))
				.findFirst()
				.map((l) -> l.substring(l.indexOf(':') + 1).strip())
				.orElse(cpu);
		}
		catch (IOException ex) {
			// Not Linux: the core count and Java version still say something.
		}
		String load = "";
		try {
			load = ", load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException ex) {
			// Not Linux.
		}
		return "%d cores (%s), %d MiB heap max, Java %s%s".formatted(Runtime.getRuntime().availableProcessors(), cpu,
				Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.version"), load);
	}

	/** The floor: Innograph's own statements through the driver. */
	private record RawTarget(RawClient client) implements Target {

		@Override
		public String name() {
			return "raw-driver";
		}

		/** The other targets' updates raise the versions too. */
		@Override
		public void prepare(Workload.Query query) {
			this.client.refreshVersions(query.edits());
		}

		/** A mutation that did not apply (its version check failed) is an error. */
		@Override
		public boolean execute(Workload.Query query, Workload.Variant variant) {
			Workload.Answer answer = query.raw().run(this.client, variant.variables());
			return !query.writes() || answer.total() > 0;
		}

		@Override
		public Workload.Answer answer(Workload.Query query, Workload.Variant variant) {
			return query.raw().run(this.client, variant.variables());
		}

	}

	/**
	 * A GraphQL endpoint over HTTP: Innograph or the peer. Innograph's update needs the
	 * version the entity is at (optimistic locking), so for the mutation this target
	 * remembers each entity's version from the previous answer, and sends one request per
	 * entity at a time.
	 */
	private static final class HttpTarget implements Target {

		private final String name;

		private final HttpClient http;

		private final URI uri;

		private final boolean peer;

		private final String token;

		private final KnownVersions versions = new KnownVersions(this::currentVersion);

		private final Map<Workload.Variant, String> cursors = new ConcurrentHashMap<>();

		HttpTarget(String name, HttpClient http, URI uri, boolean peer, String token) {
			this.name = name;
			this.http = http;
			this.uri = uri;
			this.peer = peer;
			this.token = token;
		}

		@Override
		public String name() {
			return this.name;
		}

		/**
		 * The other targets' updates raise the versions too (the floor does what the app
		 * does). The peer's update checks no version.
		 */
		@Override
		public void prepare(Workload.Query query) {
			if (!this.peer) {
				this.versions.refresh(query.edits());
			}
		}

		private HttpResponse<String> post(Workload.Query query, Workload.Variant variant) throws Exception {
			if (!this.peer && query.pagesByCursor(variant)) {
				Map<String, Object> variables = new LinkedHashMap<>(variant.variables());
				variables.put("after", this.cursors.computeIfAbsent(variant, this::cursorBefore));
				return send(query.appDocument(), variables);
			}
			if (!query.writes()) {
				return send(this.peer ? query.peerDocument() : query.appDocument(), variant.variables());
			}
			Map<String, Object> variables = new LinkedHashMap<>(variant.variables());
			variables.put("note", Workload.nextNote());
			if (this.peer) {
				return send(query.peerDocument(), variables);
			}
			return this.versions.update((String) variant.variables().get("id"), (version) -> {
				variables.put("version", version);
				return sendUnchecked(query.appDocument(), variables);
			}, (response) -> {
				JsonNode payload = json.readTree(response.body()).path("data").path("updateEntity");
				return payload.has("version") ? OptionalLong.of(payload.get("version").asLong()) : OptionalLong.empty();
			});
		}

		/**
		 * The app's cursor of the item just before a deep page: cursors name the list and
		 * the item they continue after, so the benchmark walks to it in pages of 100
		 * once, as a client would, instead of making one up. The walk is that of the
		 * region's organisations, the one list the mix pages by cursor
		 * ({@code SyntheticGraphTests} holds it to that).
		 */
		private String cursorBefore(Workload.Variant variant) {
			int remaining = (Integer) variant.variables().get("offset");
			String after = null;
			try {
				while (remaining > 0) {
					int first = Math.min(100, remaining);
					Map<String, Object> variables = new LinkedHashMap<>();
					variables.put("region", variant.variables().get("region"));
					variables.put("first", first);
					variables.put("after", after);
					HttpResponse<String> response = send(
							"""
									query C($region: ID!, $first: Int!, $after: String) {
									  entities(kinds: [ORGANIZATION], region: $region, first: $first, after: $after, orderBy: NAME_KO) {
									    pageInfo { endCursor } } }""",
							variables);
					after = json.readTree(response.body())
						.path("data")
						.path("entities")
						.path("pageInfo")
						.path("endCursor")
						.asString();
					remaining -= first;
				}
				return after;
			}
			catch (Exception ex) {
				throw new IllegalStateException("cannot walk to the deep page's cursor", ex);
			}
		}

		private long currentVersion(String id) {
			try {
				HttpResponse<String> response = send("query V($key: String!) { entity(key: $key) { version } }",
						Map.of("key", id));
				return json.readTree(response.body()).path("data").path("entity").path("version").asLong();
			}
			catch (Exception ex) {
				throw new IllegalStateException("cannot read the version of " + id, ex);
			}
		}

		private HttpResponse<String> sendUnchecked(String document, Map<String, Object> variables) {
			try {
				return send(document, variables);
			}
			catch (Exception ex) {
				throw new IllegalStateException("cannot send the mutation", ex);
			}
		}

		private HttpResponse<String> send(String document, Map<String, Object> variables) throws Exception {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("query", document);
			body.put("variables", variables);
			HttpRequest.Builder request = HttpRequest.newBuilder(this.uri)
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
			if (this.token != null) {
				request.header("Authorization", "Bearer " + this.token);
			}
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		@Override
		public boolean execute(Workload.Query query, Workload.Variant variant) throws Exception {
			HttpResponse<String> response = post(query, variant);
			return response.statusCode() == 200 && !response.body().contains("\"errors\"");
		}

		@Override
		public Workload.Answer answer(Workload.Query query, Workload.Variant variant) throws Exception {
			HttpResponse<String> response = post(query, variant);
			JsonNode root = json.readTree(response.body());
			if (response.statusCode() != 200 || root.has("errors")) {
				throw new IllegalStateException("HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
			}
			JsonNode data = root.get("data");
			String kind = query.name().substring(0, 2);
			return this.peer ? peerAnswer(kind, data) : appAnswer(kind, data);
		}

		private static Workload.Answer appAnswer(String kind, JsonNode data) {
			return switch (kind) {
				case "Q1" -> new Workload.Answer(1, List.of(data.get("entity").get("id").asString()));
				case "Q2" -> connection(data.get("entity").get("neighbors"));
				case "Q3" -> new Workload.Answer(data.get("entity").get("neighbors").get("edges").size(), List.of());
				case "Q4" -> connection(data.get("entities"));
				case "Q5" -> new Workload.Answer(data.get("entities").get("totalCount").asLong(), List.of());
				case "Q6" -> {
					Workload.Answer page = connection(data.get("search"));
					yield new Workload.Answer(page.total(), page.ids(),
							data.get("search").get("totalCountIsExact").asBoolean());
				}
				case "Q7" -> {
					JsonNode paths = data.get("connections");
					if (paths.isEmpty()) {
						yield new Workload.Answer(0, List.of());
					}
					yield new Workload.Answer(paths.get(0).get("length").asLong(), ids(paths.get(0).get("nodes")));
				}
				case "Q8" -> new Workload.Answer(data.get("updateEntity").get("version").asLong(),
						List.of(data.get("updateEntity").get("entity").get("id").asString()));
				default -> throw new IllegalArgumentException(kind);
			};
		}

		private static Workload.Answer peerAnswer(String kind, JsonNode data) {
			return switch (kind) {
				case "Q1" -> new Workload.Answer(data.get("entities").size(), ids(data.get("entities")));
				case "Q2" -> {
					JsonNode entity = data.get("entities").get(0);
					yield new Workload.Answer(entity.get("degree").asLong(), ids(entity.get("neighbors")));
				}
				case "Q3" -> new Workload.Answer(data.get("entities").get(0).get("neighbors").size(), List.of());
				case "Q4" -> new Workload.Answer(data.get("entitiesConnection").get("totalCount").asLong(),
						ids(data.get("entities")));
				case "Q5" -> new Workload.Answer(data.get("entitiesConnection").get("totalCount").asLong(), List.of());
				case "Q6" -> new Workload.Answer(data.get("searchCount").asLong(), ids(data.get("search")));
				case "Q7" -> {
					JsonNode paths = data.get("connections");
					if (paths.isEmpty()) {
						yield new Workload.Answer(0, List.of());
					}
					List<String> ids = List.of(paths.get(0).asString().split(" "));
					yield new Workload.Answer(ids.size() - 1, ids);
				}
				case "Q8" -> new Workload.Answer(data.get("updateEntities").get("entities").size(),
						ids(data.get("updateEntities").get("entities")));
				default -> throw new IllegalArgumentException(kind);
			};
		}

		private static Workload.Answer connection(JsonNode connection) {
			List<String> ids = new ArrayList<>();
			connection.get("edges").forEach((edge) -> ids.add(edge.get("node").get("id").asString()));
			return new Workload.Answer(connection.get("totalCount").asLong(), ids);
		}

		private static List<String> ids(JsonNode nodes) {
			List<String> ids = new ArrayList<>();
			nodes.forEach((node) -> ids.add(node.get("id").asString()));
			return ids;
		}

		private static String abbreviate(String text) {
			return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
		}

	}

	static Optional<URI> uri(String text) {
		return (text == null || text.isBlank()) ? Optional.empty() : Optional.of(URI.create(text));
	}

}
