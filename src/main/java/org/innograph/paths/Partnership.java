package org.innograph.paths;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.innograph.entity.Entity;
import org.innograph.entity.Relationship;
import org.innograph.graph.Basis;
import org.innograph.graph.EntityKind;
import org.innograph.graph.LocalizedText;

/**
 * The answer to "is there a documented link between a and b?": every link, the tier the
 * strongest reaches ({@link Verdict}) and a plain statement naming the tier and the line
 * that carries it. Links recorded on a counterpart (the local government governing a
 * region, or the region a government governs) answer for the entity asked about, and the
 * statement says so.
 */
record Partnership(Entity a, Entity b, Verdict verdict, LocalizedText summary, List<Relationship> direct,
		List<SharedLink> shared, List<Entity> aCounterparts, List<Entity> bCounterparts) {

	/** The tiers, strongest first. */
	enum Verdict {

		DIRECT, SHARED, PLANNED, INFERRED, NONE

	}

	/** Where a link's first quote is: a source id and a locator. */
	record Cited(String source, String locator) {

		String text() {
			return this.source + " (" + this.locator + ")";
		}

	}

	/** Only a stated link, direct or shared, documents a partnership. */
	public boolean documented() {
		return this.verdict == Verdict.DIRECT || this.verdict == Verdict.SHARED;
	}

	/**
	 * The link that carries a verdict: a direct relationship, or the weaker link of a
	 * shared one.
	 */
	private record Deciding(Relationship link, SharedLink shared) {
	}

	static Partnership of(Entity a, Entity b, List<Relationship> direct, List<SharedLink> shared,
			List<Entity> aCounterparts, List<Entity> bCounterparts, Map<String, Cited> citations) {
		Verdict verdict = Verdict.NONE;
		Deciding deciding = null;
		Optional<Relationship> stated = direct.stream().filter((r) -> r.basis() == Basis.STATED).findFirst();
		Optional<SharedLink> member = shared.stream()
			.filter((s) -> s.membership() && s.basis() == Basis.STATED)
			.findFirst();
		if (stated.isPresent()) {
			verdict = Verdict.DIRECT;
			deciding = new Deciding(stated.get(), null);
		}
		else if (member.isPresent()) {
			verdict = Verdict.SHARED;
			deciding = new Deciding(member.get().aLink(), member.get());
		}
		else {
			for (Basis basis : List.of(Basis.PLANNED, Basis.INFERRED)) {
				deciding = weaker(direct, shared, basis);
				if (deciding != null) {
					verdict = Verdict.valueOf(basis.name());
					break;
				}
			}
		}
		LocalizedText summary = statement(a, b, verdict, deciding, aCounterparts, bCounterparts, citations);
		return new Partnership(a, b, verdict, summary, direct, shared, aCounterparts, bCounterparts);
	}

	/**
	 * The first direct link, or membership link pair, whose basis is the one asked for.
	 */
	private static Deciding weaker(List<Relationship> direct, List<SharedLink> shared, Basis basis) {
		for (Relationship link : direct) {
			if (link.basis() == basis) {
				return new Deciding(link, null);
			}
		}
		for (SharedLink link : shared) {
			if (link.membership() && link.basis() == basis) {
				Relationship weakest = (link.aLink().basis() == basis) ? link.aLink() : link.bLink();
				return new Deciding(weakest, link);
			}
		}
		return null;
	}

	private static LocalizedText statement(Entity a, Entity b, Verdict verdict, Deciding deciding,
			List<Entity> aCounterparts, List<Entity> bCounterparts, Map<String, Cited> citations) {
		String aKo = a.name().in(true);
		String bKo = b.name().in(true);
		String aEn = a.name().in(false);
		String bEn = b.name().in(false);
		if (deciding == null) {
			return new LocalizedText("이 그래프의 출처 문서에는 " + aKo + "와(과) " + bKo + " 사이의 연결이 없습니다.",
					"The documents of this graph hold no link between " + aEn + " and " + bEn + ".");
		}
		Cited cited = citations.get(deciding.link().id());
		String where = (cited != null) ? cited.text() : deciding.link().id();
		String ko;
		String en;
		switch (verdict) {
			case DIRECT -> {
				ko = "문서에 " + aKo + "와(과) " + bKo + "의 직접 관계(" + deciding.link().type() + ")가 명시되어 있습니다: " + where
						+ ".";
				en = "The documents state a direct link between " + aEn + " and " + bEn + " (" + deciding.link().type()
						+ "): " + where + ".";
			}
			case SHARED -> {
				Entity via = deciding.shared().via();
				ko = "문서에 따르면 " + aKo + "와(과) " + bKo + "는 모두 " + via.name().in(true) + "의 당사자 또는 구성원입니다: " + where
						+ ".";
				en = "The documents state that " + aEn + " and " + bEn + " are both parties or members of "
						+ via.name().in(false) + ": " + where + ".";
			}
			case PLANNED -> {
				ko = "문서에 " + aKo + "와(과) " + bKo + "의 협력은 명시되어 있지 않습니다. " + where + "은(는) 이를 계획합니다.";
				en = "The documents state no cooperation between " + aEn + " and " + bEn + "; " + where
						+ " calls for one.";
			}
			default -> {
				ko = "문서에 " + aKo + "와(과) " + bKo + "의 협력은 명시되어 있지 않습니다. " + where + "에 근거한 큐레이터의 추론일 뿐입니다.";
				en = "The documents state no cooperation between " + aEn + " and " + bEn
						+ "; it is only a curator's reading of " + where + ".";
			}
		}
		List<Entity> involved = (deciding.shared() != null)
				? List.of(deciding.shared().aLink().from(), deciding.shared().aLink().to(),
						deciding.shared().bLink().from(), deciding.shared().bLink().to())
				: List.of(deciding.link().from(), deciding.link().to());
		LocalizedText note = counterpartNote(a, aCounterparts, involved);
		LocalizedText bNote = counterpartNote(b, bCounterparts, involved);
		for (LocalizedText extra : new LocalizedText[] { note, bNote }) {
			if (extra != null) {
				ko += " " + extra.ko();
				en += " " + extra.en();
			}
		}
		return new LocalizedText(ko, en);
	}

	/**
	 * "The link is recorded on X, which governs / is governed by Y", when it is on a
	 * counterpart of Y.
	 */
	private static LocalizedText counterpartNote(Entity asked, List<Entity> counterparts, List<Entity> involved) {
		boolean onAsked = involved.stream().anyMatch((e) -> e.id().equals(asked.id()));
		if (onAsked) {
			return null;
		}
		for (Entity counterpart : counterparts) {
			if (involved.stream().anyMatch((e) -> e.id().equals(counterpart.id()))) {
				boolean government = EntityKind.REGION.apiName().equals(asked.kind());
				return new LocalizedText(
						"이 연결은 " + asked.name().in(true) + (government ? "을(를) 관할하는 " : "이(가) 관할하는 ")
								+ counterpart.name().in(true) + "에 기록되어 있습니다.",
						"The link is recorded on " + counterpart.name().in(false)
								+ (government ? ", the local government that governs " : ", the region governed by ")
								+ asked.name().in(false) + ".");
			}
		}
		return null;
	}

}
