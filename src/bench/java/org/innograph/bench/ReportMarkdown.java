package org.innograph.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The results of a run as a Markdown page: the setting, the wrong answers, one row per
 * query and concurrency.
 */
final class ReportMarkdown {

	private ReportMarkdown() {
	}

	static String of(BenchRunner.Report report) {
		Manifest m = report.manifest();
		StringBuilder md = new StringBuilder();
		md.append("# Benchmark results, ").append(report.date()).append("\n\n");
		md.append("- machine: ").append(report.machine()).append('\n');
		md.append("- graph: scale %s, %,d entities, %,d relationships, %,d evidence records (seed %d)%n"
			.formatted(m.scale(), m.entities(), m.relationships(), m.evidence(), m.seed()));
		md.append("- load: %,.1f s, store %,d MB on disk%n".formatted(m.loadMillis() / 1000.0,
				m.storeBytes() / (1024 * 1024)));
		int wrong = BenchRunner.wrong(report.failures()).size();
		int timedOut = report.failures().size() - wrong;
		md.append("- answers checked: ")
			.append((wrong == 0) ? "all correct" : wrong + " wrong (listed below)")
			// The service's own time limit (a search's TIMEOUT, about 1 s) or the
			// database's transaction timeout: not a wrong answer.
			.append((timedOut == 0) ? "" : "; " + timedOut + " answered with a time limit's error (listed below)")
			.append("\n\n");
		md.append("| query | what | expected |\n|---|---|---|\n");
		for (Map<String, String> q : report.queries()) {
			md.append("| %s | %s | %s |%n".formatted(q.get("name"), q.get("description"), q.get("expected")));
		}
		md.append("\nLatency in ms (p50 / p95 / p99) and throughput in requests per second. ")
			.append("`app/raw` is Innograph's p50 over the raw driver's; `app/peer` is Innograph's throughput over ")
			.append("@neo4j/graphql's.\n\n");
		List<String> targets = report.results().stream().map(BenchRunner.Result::target).distinct().toList();
		md.append("| query | c |");
		targets.forEach((t) -> md.append(' ').append(t).append(" |"));
		md.append(" app/raw p50 |");
		boolean peer = targets.contains("neo4j-graphql");
		if (peer) {
			md.append(" app/peer req/s |");
		}
		md.append('\n').append("|---|---|").append("---|".repeat(targets.size() + (peer ? 2 : 1))).append('\n');
		Map<String, List<BenchRunner.Result>> byCell = report.results()
			.stream()
			.collect(Collectors.groupingBy((r) -> r.query() + "@" + r.concurrency(), java.util.LinkedHashMap::new,
					Collectors.toList()));
		byCell.forEach((cell, results) -> {
			BenchRunner.Result first = results.get(0);
			md.append("| %s | %d |".formatted(first.query(), first.concurrency()));
			for (String target : targets) {
				// No request finished inside the cell: nothing to report but that.
				Optional<BenchRunner.Result> r = results.stream()
					.filter((x) -> x.target().equals(target) && x.requests() > 0)
					.findFirst();
				md.append(r.map((x) -> " %.1f / %.1f / %.1f, %.0f/s%s |".formatted(x.p50(), x.p95(), x.p99(),
						x.throughput(), (x.errors() > 0) ? " (" + x.errors() + " errors)" : ""))
					.orElse(" – |"));
			}
			Optional<BenchRunner.Result> raw = find(results, "raw-driver");
			Optional<BenchRunner.Result> app = find(results, BenchRunner.APPLICATION);
			Optional<BenchRunner.Result> other = find(results, "neo4j-graphql");
			md.append(ratio(app.map(BenchRunner.Result::p50), raw.map(BenchRunner.Result::p50)));
			if (peer) {
				md.append(ratio(app.map(BenchRunner.Result::throughput), other.map(BenchRunner.Result::throughput)));
			}
			md.append('\n');
		});
		if (!report.failures().isEmpty()) {
			md.append(
					"\n## Wrong or missing answers\n\n| query | target | variables | expected | got |\n|---|---|---|---|---|\n");
			report.failures()
				.forEach((f) -> md.append("| %s | %s | %s | %s | %s |%n".formatted(f.query(), f.target(), f.variables(),
						f.expected(), f.got().replace('|', '/'))));
		}
		return md.toString();
	}

	private static Optional<BenchRunner.Result> find(List<BenchRunner.Result> results, String target) {
		return results.stream().filter((r) -> r.target().equals(target)).findFirst();
	}

	private static String ratio(Optional<Double> a, Optional<Double> b) {
		if (a.isEmpty() || b.isEmpty() || b.get() == 0 || a.get().isNaN() || b.get().isNaN()) {
			return " – |";
		}
		return " %.2f× |".formatted(a.get() / b.get());
	}

}
