package org.innograph.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Finds the seed's YAML files in a folder on disk or on the classpath (inside the jar).
 */
public final class SeedFiles {

	private SeedFiles() {
	}

	/** Every {@code *.yaml} under a folder, named relative to it. */
	public static List<SeedFile> fromDirectory(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			return paths.filter((path) -> path.toString().endsWith(".yaml"))
				.sorted()
				.map((path) -> new SeedFile(directory.relativize(path).toString().replace('\\', '/'), readString(path)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the seed folder " + directory, ex);
		}
	}

	/**
	 * Every {@code *.yaml} under a Spring resource location such as
	 * {@code classpath:graph-seed/} or {@code file:/srv/innograph/graph-seed/}.
	 */
	public static List<SeedFile> fromLocation(String location) {
		String root = location.endsWith("/") ? location : location + "/";
		ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		try {
			Resource base = resolver.getResource(root);
			String baseUrl = base.getURL().toString();
			List<SeedFile> files = new ArrayList<>();
			for (Resource resource : resolver.getResources(root + "**/*.yaml")) {
				String url = resource.getURL().toString();
				String name = url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : resource.getFilename();
				try (InputStream in = resource.getInputStream()) {
					files.add(new SeedFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the seed at " + location, ex);
		}
	}

	private static String readString(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
