package org.innograph.support;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order integration test classes start in: first the long classes with a database or
 * process of their own, which need no lock and so run beside the classes on the shared
 * database from the start, instead of one of them running alone at the end; then the rest
 * in the order found. Listed longest first (a quiet run on the 2-core machine,
 * 2026-12-01); a class missing here only starts later.
 */
public class OwnDatabasesFirst implements ClassOrderer {

	private static final List<String> FIRST = List.of("KillDuringWritesIT", "SchemaMigrationsIT",
			"EditingCommandLineIT", "EmbeddedModeIT", "DatabaseOutageIT", "ExportCommandIT", "EmbeddedCredentialsIT");

	@Override
	public void orderClasses(ClassOrdererContext context) {
		context.getClassDescriptors().sort(Comparator.comparingInt((descriptor) -> {
			int index = FIRST.indexOf(descriptor.getTestClass().getSimpleName());
			return (index < 0) ? FIRST.size() : index;
		}));
	}

}
