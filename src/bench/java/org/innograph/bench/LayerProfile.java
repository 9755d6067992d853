package org.innograph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a request's time goes, by layer: the execution samples of a Flight Recorder
 * recording taken on the application under load, of the threads that serve requests
 * (Tomcat's {@code http-nio-*}), each counted for the layer of its innermost frame that
 * belongs to a known library (a sample inside {@code java.util} called from graphql-java
 * counts for graphql-java). Record with deep stacks, or the outer frames are cut off:
 * {@code -XX:FlightRecorderOptions:stackdepth=256}.
 */
final class LayerProfile {

	/**
	 * Layers by the package their frames start with, the first match wins; what matches
	 * none is "other".
	 */
	private static final List<Layer> LAYERS = List.of(new Layer("Innograph", "org.innograph."),
			new Layer("Neo4j driver", "org.neo4j.driver.", "org.neo4j.bolt.", "io.netty."),
			new Layer("Spring Data Neo4j, transactions", "org.springframework.data.neo4j.",
					"org.springframework.transaction."),
			new Layer("graphql-java", "graphql.", "org.dataloader."),
			new Layer("Spring for GraphQL", "org.springframework.graphql."),
			new Layer("Reactor, context propagation", "reactor.", "io.micrometer.context."),
			new Layer("Micrometer (metrics, observations)", "io.micrometer."),
			new Layer("Spring Security", "org.springframework.security."),
			new Layer("Spring MVC, filters", "org.springframework.web.", "org.springframework.http."),
			new Layer("Tomcat", "org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat."),
			new Layer("JSON", "tools.jackson.", "com.fasterxml.jackson."),
			new Layer("Logging", "ch.qos.logback.", "org.slf4j.", "java.util.logging.", "org.apache.logging."),
			new Layer("Caffeine", "com.github.benmanes.caffeine."), new Layer("Spring core", "org.springframework."));

	private LayerProfile() {
	}

	/** Samples per layer, largest first, and their total, of one recording. */
	static Map<String, Long> samples(Path recording) throws IOException {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
				continue;
			}
			RecordedThread thread = event.getThread("sampledThread");
			if (thread == null || thread.getJavaName() == null || !thread.getJavaName().startsWith("http-nio-")) {
				continue;
			}
			counts.merge(layerOf(event.getStackTrace()), 1L, Long::sum);
		}
		Map<String, Long> sorted = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach((entry) -> sorted.put(entry.getKey(), entry.getValue()));
		return sorted;
	}

	static String layerOf(RecordedStackTrace stack) {
		if (stack == null) {
			return "other";
		}
		for (RecordedFrame frame : stack.getFrames()) {
			if (!frame.isJavaFrame() || frame.getMethod() == null || frame.getMethod().getType() == null) {
				continue;
			}
			String type = frame.getMethod().getType().getName();
			for (Layer layer : LAYERS) {
				if (layer.contains(type)) {
					return layer.name();
				}
			}
		}
		return "other";
	}

	/**
	 * Prints the split, and the samples per request when the number of requests served
	 * while recording is given.
	 */
	static void print(Path recording, long requests) throws IOException {
		Map<String, Long> counts = samples(recording);
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		System.out.printf("[bench] %s: %,d request-thread samples%s%n", recording, total, (requests > 0)
				? String.format(", %.2f per request (%,d requests)", (double) total / requests, requests) : "");
		System.out.println("| layer | samples | share |");
		System.out.println("|---|---|---|");
		counts.forEach((layer, count) -> System.out.printf("| %s | %,d | %.1f %% |%n", layer, count,
				100.0 * count / Math.max(1, total)));
	}

	private record Layer(String name, String... prefixes) {

		boolean contains(String type) {
			for (String prefix : this.prefixes) {
				if (type.startsWith(prefix)) {
					return true;
				}
			}
			return false;
		}

	}

}
