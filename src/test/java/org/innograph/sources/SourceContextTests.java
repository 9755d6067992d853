package org.innograph.sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.innograph.api.ApiException;
import org.innograph.entity.Evidence;
import org.innograph.entity.Source;
import org.innograph.graph.SourceKind;
import org.innograph.seed.Seed;
import org.innograph.seed.SeedFiles;
import org.innograph.seed.SeedReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The quote in its document: every evidence record of the seed is found in its verified
 * text, at its locator (skipped without {@code ../shared/sources}, failing instead under
 * {@code CI=true}); a text whose hash differs is refused with a clear message; lines are
 * read in bounded pages.
 */
class SourceContextTests {

	static final Path SOURCES = Path.of("..", "shared", "sources");

	private static final Seed seed = new SeedReader().read(SeedFiles.fromDirectory(Path.of("graph-seed")));

	@Test
	void everyEvidenceRecordIsFoundInItsDocumentAtItsLocator() {
		SourceTexts texts = textsOrSkip();
		Map<String, Source> sources = sources();
		List<Seed.Evidence> all = allEvidence();
		List<String> notFound = new ArrayList<>();
		int withHeading = 0;
		for (Seed.Evidence item : all) {
			SourceTexts.Availability availability = texts.of(sources.get(item.source()));
			assertThat(availability.available()).as(item.source() + ": " + availability.problem()).isTrue();
			QuoteContext context = availability.text().context(item.quote(), item.locator(), 2, 2);
			if (context.start() == null) {
				notFound.add(item.source() + " " + item.locator() + ": " + item.quote());
				continue;
			}
			// The quote starts where the context says, whitespace aside.
			String line = availability.text().lines(context.line(), context.line()).get(0).text();
			String firstWord = item.quote().strip().split("[\\s\\u00A0\\u3000]+")[0];
			assertThat(line.substring(context.start())).as(item.locator() + " " + item.quote()).startsWith(firstWord);
			assertThat(context.lines()).extracting(SourceLine::number).contains(context.line());
			if (context.heading() != null) {
				assertThat(context.heading().number()).isLessThan(context.line());
				withHeading++;
			}
		}
		assertThat(notFound).as("quotes not found at their locator").isEmpty();
		System.out.printf(
				"SourceContextTests: %d evidence records, each found at its locator; %d list items with a heading%n",
				all.size(), withHeading);
	}

	@Test
	void aListItemShowsTheHeadingThatGivesItMeaning() {
		SourceText text = new SourceText(
				List.of("협약 기관은 다음과 같다.", "", "① 대전광역시", "② 한국항공우주연구원(KARI)", "③ 한국천문연구원", "이후 본문"));
		QuoteContext context = text.context("한국항공우주연구원(KARI)", "L4", 1, 1);
		assertThat(context.line()).isEqualTo(4);
		assertThat(context.start()).isEqualTo(2);
		assertThat(context.end()).isEqualTo("② 한국항공우주연구원(KARI)".length());
		assertThat(context.heading()).isEqualTo(new SourceLine(1, "협약 기관은 다음과 같다."));
		assertThat(context.lines()).extracting(SourceLine::number).containsExactly(3, 4, 5);
		// A sentence that is no list item has no heading; a quote across lines ends on
		// its last line.
		QuoteContext across = text.context("③ 한국천문연구원 이후", "L5", 0, 0);
		assertThat(across.heading()).isEqualTo(new SourceLine(1, "협약 기관은 다음과 같다."));
		assertThat(across.line()).isEqualTo(5);
		assertThat(across.start()).isZero();
		assertThat(across.end()).isEqualTo(2);
		assertThat(across.lines()).extracting(SourceLine::number).containsExactly(5, 6);
		assertThat(text.context("이후 본문", "L6", 0, 0).heading()).isNull();
		// An item indented under another item of the same kind belongs to it.
		SourceText nested = new SourceText(
				List.of("□ 협약식 개요", "- (협약당사자) 대전시 - 5개 연구기관*", " - * ①한국과학기술원(KAIST) ②한국항공우주연구원(KARI)"));
		assertThat(nested.context("②한국항공우주연구원(KARI)", "L3", 0, 0).heading())
			.isEqualTo(new SourceLine(2, "- (협약당사자) 대전시 - 5개 연구기관*"));
	}

	@Test
	void aTextWhoseHashDiffersIsRefusedWithAClearMessage(@TempDir Path folder) throws IOException {
		Source source = source("doc:900", "900_0123456789abcdef", "제목\n본문\n");
		Files.writeString(folder.resolve("900_0123456789abcdef.txt"), "제목\n본문이 바뀌었다\n", StandardCharsets.UTF_8);
		SourceTexts.Availability refused = new SourceTexts(folder).of(source);
		assertThat(refused.available()).isFalse();
		assertThat(refused.problem()).contains("900_0123456789abcdef.txt")
			.contains("is not the recorded text of doc:900")
			.contains(source.sha256());
		assertThat(new SourceTexts(folder).of(source("doc:901", "901_0123456789abcdef", "x\n")).problem())
			.contains("no file 901_0123456789abcdef.txt")
			.contains("INNOGRAPH_SOURCE_TEXTS");
		Files.writeString(folder.resolve("900_0123456789abcdef.txt"), "제목\n본문\n", StandardCharsets.UTF_8);
		SourceTexts.Availability verified = new SourceTexts(folder).of(source);
		assertThat(verified.available()).isTrue();
		assertThat(verified.text().lineCount()).isEqualTo(2);
	}

	@Test
	void linesComeInBoundedPagesAndContextIsBounded(@TempDir Path folder) throws IOException {
		StringBuilder content = new StringBuilder();
		for (int i = 1; i <= 300; i++) {
			content.append("줄 ").append(i).append('\n');
		}
		Source source = source("doc:902", "902_0123456789abcdef", content.toString());
		Files.writeString(folder.resolve("902_0123456789abcdef.txt"), content.toString(), StandardCharsets.UTF_8);
		SourceTextController controller = new SourceTextController(new SourceTexts(folder));
		assertThat(controller.lines(source, 101, 300)).hasSize(200).first().isEqualTo(new SourceLine(101, "줄 101"));
		assertThat(controller.lines(source, 290, 400)).hasSize(11);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> controller.lines(source, 1, 201))
			.withMessageContaining("at most 200 lines");
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> controller.lines(source, 0, 5))
			.withMessageContaining("from 1");
		Evidence evidence = new Evidence("ev:1", "org:x", source, "줄 150", "L150", null);
		assertThat(controller.context(evidence, 20, 0).lines()).hasSize(21);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> controller.context(evidence, 21, 2))
			.withMessageContaining("0 to 20");
		assertThat(new SourceTextController(new SourceTexts(folder.resolve("none"))).context(evidence, 2, 2)).isNull();
	}

	private static Source source(String id, String documentId, String content) {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		return new Source(id, documentId, null, null, null, null, SourceKind.PLAN, null, null,
				SourceTexts.sha256(bytes), (int) content.lines().count());
	}

	private static SourceTexts textsOrSkip() {
		requireTexts();
		return new SourceTexts(SOURCES);
	}

	/** Skips a test without the texts, except under CI=true, where they must be there. */
	static void requireTexts() {
		if (System.getenv("CI") != null) {
			assertThat(SOURCES).as("CI reads quotes in ../shared/sources").isDirectory();
		}
		Assumptions.assumeTrue(Files.isDirectory(SOURCES), "no source texts at ../shared/sources");
	}

	private static Map<String, Source> sources() {
		return seed.sources()
			.stream()
			.map((s) -> new Source(s.id(), s.documentId(), null, null, null, null,
					org.innograph.graph.SourceKind.ofStored(s.kind()), null, null, s.sha256(), s.lineCount()))
			.collect(Collectors.toMap(Source::id, Function.identity()));
	}

	private static List<Seed.Evidence> allEvidence() {
		List<Seed.Evidence> all = new ArrayList<>();
		seed.entities().forEach((entity) -> {
			all.addAll(entity.evidence());
			entity.facts().forEach((fact) -> all.addAll(fact.evidence()));
		});
		seed.relationships().forEach((rel) -> all.addAll(rel.evidence()));
		return all;
	}

}
