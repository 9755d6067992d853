package org.innograph.edit;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.innograph.cli.Command;
import org.innograph.cli.Options;
import org.innograph.cli.UsageException;
import org.innograph.seed.InvalidSeedException;
import org.innograph.seed.SeedFile;
import org.innograph.seed.SeedLoader;
import org.innograph.seed.SeedExport;
import org.innograph.seed.SeedImport;
import org.innograph.store.StoreBackup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The command-line commands of editing: the seed round trip, backup and restore. */
@Configuration(proxyBeanMethods = false)
class EditCommands {

	@Bean
	Command seedCommand(SeedExport export, SeedImport seedImport) {
		return new Command() {

			@Override
			public String name() {
				return "seed";
			}

			@Override
			public String usage() {
				return """
						seed export --out DIR                    write the current graph as seed files into DIR
						seed import --from DIR [--replace-edits] load the seed files of DIR into the database""";
			}

			@Override
			public int run(List<String> args, PrintStream out) {
				Options options = Options.parse(args, Set.of("out", "from"), Set.of("replace-edits"));
				String action = options.words().isEmpty() ? "" : options.words().get(0);
				try {
					switch (action) {
						case "export" -> {
							List<SeedFile> files = export.exportTo(Path.of(options.required("out")));
							out.println("exported " + files.size() + " files into " + options.required("out"));
						}
						case "import" -> {
							SeedLoader.Result result = seedImport.importFrom(Path.of(options.required("from")),
									options.flag("replace-edits"));
							out.println("imported " + result.entities() + " entities, " + result.relationships()
									+ " relationships, " + result.evidence() + " evidence records");
						}
						default -> throw new UsageException("seed needs export or import");
					}
					return 0;
				}
				catch (InvalidSeedException ex) {
					out.println("The seed is not valid:");
					ex.problems().forEach((problem) -> out.println("  " + problem));
					return 1;
				}
			}

		};
	}

	@Bean
	Command backupCommand(StoreBackup backup) {
		return new Command() {

			@Override
			public String name() {
				return "backup";
			}

			@Override
			public String usage() {
				return "backup --out FILE                        dump the whole store (graph, tokens, history) as JSON";
			}

			@Override
			public int run(List<String> args, PrintStream out) {
				Options options = Options.parse(args, Set.of("out"), Set.of());
				StoreBackup.Counts counts = backup.backup(Path.of(options.required("out")));
				out.println("backed up " + counts.nodes() + " nodes and " + counts.relationships()
						+ " relationships to " + options.required("out"));
				return 0;
			}

		};
	}

	@Bean
	Command restoreCommand(StoreBackup backup) {
		return new Command() {

			@Override
			public String name() {
				return "restore";
			}

			@Override
			public String usage() {
				return "restore --from FILE [--replace]          load a backup (--replace: delete what the database holds first)";
			}

			@Override
			public int run(List<String> args, PrintStream out) {
				Options options = Options.parse(args, Set.of("from"), Set.of("replace"));
				StoreBackup.Counts counts = backup.restore(Path.of(options.required("from")), options.flag("replace"));
				out.println("restored " + counts.nodes() + " nodes and " + counts.relationships() + " relationships");
				return 0;
			}

		};
	}

}
