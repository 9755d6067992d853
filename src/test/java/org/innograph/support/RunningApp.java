package org.innograph.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.innograph.InnographApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application started the way {@code java -jar} starts it, with the given properties,
 * for tests of start-up modes (embedded, external, unreachable) and restarts. Closing it
 * stops it.
 */
public final class RunningApp implements AutoCloseable {

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final String WARM_UP = "innograph.warm-up.enabled";

	private final ConfigurableApplicationContext context;

	private final int port;

	private RunningApp(ConfigurableApplicationContext context) {
		this.context = context;
		this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	public static RunningApp start(String... properties) {
		// As command-line arguments, which win over application.yaml, like `java -jar …
		// --key=value`.
		List<String> args = new ArrayList<>();
		args.add("--server.port=0");
		// Off unless a test turns it on: the warm-up's questions would change the
		// tallies and metrics some of these tests check.
		if (Arrays.stream(properties).noneMatch((property) -> property.startsWith(WARM_UP + "="))) {
			args.add("--" + WARM_UP + "=false");
		}
		Arrays.stream(properties).map((property) -> "--" + property).forEach(args::add);
		return new RunningApp(
				new SpringApplicationBuilder(InnographApplication.class).run(args.toArray(String[]::new)));
	}

	public ConfigurableApplicationContext context() {
		return this.context;
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	/** POSTs a GraphQL query and returns the raw response. */
	public HttpResponse<String> graphql(String query) {
		String body = JSON.writeValueAsString(java.util.Map.of("query", query));
		return send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	public static HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

}
