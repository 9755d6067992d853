package org.innograph.timeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.innograph.graph.FactKeyWords;
import org.innograph.graph.LocalizedText;
import org.innograph.seed.Seed;
import org.innograph.support.SeedOnDisk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fact key of the seed has Korean and English words on the server, the same words
 * the explorer shows (static/explorer/vocabulary.js), so neither time-line label shows a
 * stored key.
 */
class FactKeyWordsTests {

	private static final Path EXPLORER_VOCABULARY = Path.of("src/main/resources/static/explorer/vocabulary.js");

	@Test
	void everyFactKeyOfTheSeedHasKoreanAndEnglishWords() {
		Set<String> keys = new TreeSet<>();
		for (Seed.Entity entity : SeedOnDisk.seed().entities()) {
			if (entity.facts() != null) {
				entity.facts().forEach((fact) -> keys.add(fact.key()));
			}
		}
		assertThat(keys).hasSizeGreaterThan(100);
		assertThat(keys).allSatisfy((key) -> {
			LocalizedText words = FactKeyWords.of(key);
			assertThat(words).as(key).isNotNull();
			assertThat(words.ko()).as(key).matches(".*\\p{IsHangul}.*");
			assertThat(words.en()).as(key).isNotBlank().doesNotMatch(".*\\p{IsHangul}.*");
		});
	}

	@Test
	void theServerAndTheExplorerUseTheSameWords() throws IOException {
		String script = Files.readString(EXPLORER_VOCABULARY, StandardCharsets.UTF_8);
		String block = script.substring(script.indexOf("export const FACT_KEYS = {"));
		block = block.substring(0, block.indexOf("\n};"));
		Matcher entry = Pattern
			.compile("^\\s*'?(\\w+)'?: \\['([^']*)', (?:'([^']*)'|\"([^\"]*)\")\\],?$", Pattern.MULTILINE)
			.matcher(block);
		Map<String, LocalizedText> explorer = new LinkedHashMap<>();
		while (entry.find()) {
			explorer.put(entry.group(1),
					new LocalizedText(entry.group(2), (entry.group(3) != null) ? entry.group(3) : entry.group(4)));
		}
		assertThat(explorer).hasSizeGreaterThan(100);
		assertThat(FactKeyWords.all()).isEqualTo(explorer);
	}

	@Test
	void aKeyOutsideTheVocabularyReadsAsWordsNotAsTheCode() {
		assertThat(TimelineLabels.keyInKorean("budgetNational")).isEqualTo("국비");
		assertThat(TimelineLabels.keyInKorean("someNewKey")).isEqualTo("some new key");
	}

}
