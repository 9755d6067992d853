package org.innograph;

import java.util.Map;

import org.innograph.cli.Commands;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Innograph: a GraphQL knowledge graph of the Korean innovation ecosystem. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InnographApplication {

	public static void main(String[] args) {
		if (Commands.isCommand(args)) {
			// `java -jar innograph.jar token create …`: run a command without the web
			// server, then exit.
			System.exit(Commands.run(InnographApplication.class, args, Map.of(), System.out));
		}
		SpringApplication.run(InnographApplication.class, args);
	}

}
