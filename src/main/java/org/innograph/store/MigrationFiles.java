package org.innograph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Finds the migration files under the configured classpath folders with Spring's resource
 * resolver, which asks the class loader for those folders only. The library's default
 * scanner walks every jar of the classpath instead, and does so several times for each
 * check of the schema (listing, applying, listing again, for migrations and again for
 * callbacks): with the embedded engine on the classpath, that was most of the
 * application's start-up work after Neo4j itself.
 */
final class MigrationFiles implements ClasspathResourceScanner {

	private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
			MigrationFiles.class.getClassLoader());

	@Override
	public List<URL> scan(List<String> folders) {
		List<URL> found = new ArrayList<>();
		for (String folder : folders) {
			String path = folder.replaceAll("^/+|/+$", "");
			try {
				for (Resource resource : this.resolver.getResources("classpath*:" + path + "/**/*")) {
					URL url = resource.getURL();
					// Directories (a jar's folder entries end with a slash) are not
					// files to read; the library picks migrations and callbacks by
					// their names from the rest.
					if (resource.isReadable() && !url.getPath().endsWith("/")) {
						found.add(url);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not list the migrations in " + folder, ex);
			}
		}
		return found;
	}

}
