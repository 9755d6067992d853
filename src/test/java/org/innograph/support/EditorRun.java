package org.innograph.support;

import org.innograph.security.ApiTokens;
import org.innograph.security.Role;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What an integration test that writes through the API needs, for each test: a fresh mark
 * for what it writes ({@link TestWrites#newRun}), an editor's token and a GraphQL client
 * that sends it, made once the seed is loaded; after the test, everything the mark names
 * is deleted, whatever the test left half done. Registered as a field:
 * {@code @RegisterExtension final EditorRun writes = new EditorRun();}, in a class that
 * holds the database's lock for writing.
 */
public final class EditorRun implements BeforeEachCallback, AfterEachCallback {

	private final String run = TestWrites.newRun("it");

	private String token;

	private HttpGraphQlTester editor;

	private Neo4jClient client;

	@Override
	public void beforeEach(ExtensionContext extension) {
		ApplicationContext context = SpringExtension.getApplicationContext(extension);
		Prepared.await(context);
		this.client = context.getBean(Neo4jClient.class);
		this.token = context.getBean(ApiTokens.class).create(this.run + "-editor", Role.EDITOR);
		this.editor = context.getBean(HttpGraphQlTester.class)
			.mutate()
			.header("Authorization", "Bearer " + this.token)
			.build();
	}

	@Override
	public void afterEach(ExtensionContext extension) {
		if (this.client != null) {
			TestWrites.delete(this.client, this.run);
		}
	}

	/** The mark every id and token name this test writes carries. */
	public String run() {
		return this.run;
	}

	/** The editor's API token. */
	public String token() {
		return this.token;
	}

	/** A GraphQL client that sends the editor's token. */
	public HttpGraphQlTester editor() {
		return this.editor;
	}

}
