package org.innograph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KnownVersionsTests {

	private final List<String> reads = new ArrayList<>();

	private final KnownVersions versions = new KnownVersions((id) -> {
		this.reads.add(id);
		return 7;
	});

	private long applied(String id) {
		return this.versions.update(id, (version) -> version, (version) -> OptionalLong.of(version + 1));
	}

	@Test
	void readsAVersionOnceThenSendsTheOneItsLastUpdateWrote() {
		assertThat(applied("a")).isEqualTo(7);
		assertThat(applied("a")).isEqualTo(8);
		assertThat(applied("b")).isEqualTo(7);
		assertThat(this.reads).containsExactly("a", "b");
	}

	@Test
	void anUpdateThatDidNotApplyMakesItReadAgain() {
		applied("a");
		this.versions.update("a", (version) -> version, (version) -> OptionalLong.empty());
		assertThat(applied("a")).isEqualTo(7);
		assertThat(this.reads).containsExactly("a", "a");
	}

	@Test
	void aRefreshReadsTheVersionsNamedBeforeAnyUpdateAndForgetsTheOthers() {
		applied("a");
		applied("b");
		this.reads.clear();
		this.versions.refresh(List.of("b", "c"));
		assertThat(this.reads).containsExactly("b", "c");
		assertThat(applied("b")).isEqualTo(7);
		assertThat(applied("c")).isEqualTo(7);
		assertThat(this.reads).containsExactly("b", "c");
		assertThat(applied("a")).isEqualTo(7);
		assertThat(this.reads).containsExactly("b", "c", "a");
	}

}
