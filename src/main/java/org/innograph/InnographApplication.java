package org.innograph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Innograph: a GraphQL knowledge graph of the Korean innovation ecosystem. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InnographApplication {

	public static void main(String[] args) {
		SpringApplication.run(InnographApplication.class, args);
	}

}
