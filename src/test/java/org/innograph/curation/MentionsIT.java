package org.innograph.curation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.innograph.seed.Seed;
import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Entity.mentions} on KAIST: every line of the five documents that names it by any
 * of its names, page by page. Needs the source texts (skipped without them, failing under
 * CI=true).
 */
@IntegrationTest
class MentionsIT {

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void listsEveryLineOfTheDocumentsThatNamesKaist() throws Exception {
		CurationAgainstSeedTests.requireTexts();
		Set<String> expected = linesNaming("org:kaist");
		assertThat(expected).hasSizeGreaterThan(10);

		Set<String> listed = new LinkedHashSet<>();
		String after = null;
		int pages = 0;
		do {
			var response = this.graphQl.document("""
					query($after: String) { entity(key: "org:kaist") { mentions(first: 50, after: $after) {
					  totalCount pageInfo { hasNextPage endCursor }
					  nodes { source { id } line start end name text } } } }""").variable("after", after).execute();
			List<Map<String, Object>> nodes = response.path("entity.mentions.nodes").entityList(MAP).get();
			for (Map<String, Object> node : nodes) {
				@SuppressWarnings("unchecked")
				String source = ((Map<String, Object>) node.get("source")).get("id").toString();
				String text = node.get("text").toString();
				assertThat(text.substring((int) node.get("start"), (int) node.get("end"))).isEqualTo(node.get("name"));
				assertThat(listed.add(source + " L" + node.get("line"))).as("each line once").isTrue();
			}
			response.path("entity.mentions.totalCount").entity(Integer.class).isEqualTo(expected.size());
			boolean next = response.path("entity.mentions.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = next ? response.path("entity.mentions.pageInfo.endCursor").entity(String.class).get() : null;
			pages++;
		}
		while (after != null && pages < 20);
		assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void refusesAPageSizeOutsideTheLimits() {
		this.graphQl.document("{ entity(key: \"org:kaist\") { mentions(first: 0) { totalCount } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty()
				.allSatisfy((error) -> assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST")));
		this.graphQl.document("{ entity(key: \"org:kaist\") { mentions(first: 1000) { totalCount } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty()
				.allSatisfy((error) -> assertThat(error.getExtensions()).containsEntry("code", "LIMIT_EXCEEDED")));
	}

	/**
	 * The lines that name an entity, found the plain way: each name with spaces and
	 * middle dots taken out, in each line with the same taken out; a Latin name as a
	 * word.
	 */
	private static Set<String> linesNaming(String id) throws Exception {
		Seed.Entity entity = SeedComparison.SEED.entities().stream().filter((e) -> e.id().equals(id)).findFirst().get();
		List<String> korean = new ArrayList<>();
		List<Pattern> latin = new ArrayList<>();
		for (String name : SeedComparison.names(entity)) {
			if (Names.isLatin(name)) {
				latin.add(Pattern.compile("(?<![A-Za-z])" + Pattern.quote(name) + "(?![A-Za-z])"));
			}
			else {
				korean.add(Names.compact(name));
			}
		}
		Set<String> lines = new LinkedHashSet<>();
		for (Seed.Source source : SeedComparison.SEED.sources()) {
			List<String> text = Files.readAllLines(SeedComparison.SOURCES.resolve(source.documentId() + ".txt"),
					StandardCharsets.UTF_8);
			for (int n = 1; n <= text.size(); n++) {
				String line = text.get(n - 1);
				String compact = Names.compact(line);
				if (korean.stream().anyMatch(compact::contains)
						|| latin.stream().anyMatch((p) -> p.matcher(line).find())) {
					lines.add(source.id() + " L" + n);
				}
			}
		}
		return lines;
	}

}
