package org.innograph;

import org.innograph.export.ExportCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Innograph: a GraphQL knowledge graph of the Korean innovation ecosystem. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InnographApplication {

	public static void main(String[] args) {
		// `java -jar innograph.jar export --format … --out …` writes an export file and exits instead of
		// serving; ExportCommand starts the application without its web server for that.
		if (ExportCommand.requested(args)) {
			System.exit(ExportCommand.run(InnographApplication.class, args, System.out, System.err));
		}
		SpringApplication.run(InnographApplication.class, args);
	}

}
