package org.innograph.paths;

import java.util.List;

import org.innograph.entity.Entity;
import org.innograph.graph.LocalizedText;

/** The answer to "is there a documented link between a and b?", with a plain sentence. */
record Partnership(Entity a, Entity b, boolean documented, LocalizedText summary, List<org.innograph.entity.Relationship> direct,
		List<SharedLink> shared) {

	static Partnership of(Entity a, Entity b, List<org.innograph.entity.Relationship> direct, List<SharedLink> shared) {
		boolean documented = !direct.isEmpty() || !shared.isEmpty();
		String aKo = a.name().ko();
		String bKo = b.name().ko();
		String aEn = a.name().en();
		String bEn = b.name().en();
		LocalizedText summary;
		if (!documented) {
			summary = new LocalizedText(
					aKo + " — " + bKo + ": 이 그래프의 출처 문서에는 둘 사이의 연결이 없습니다.",
					"No documented link between " + aEn + " and " + bEn + " in the sources of this graph.");
		}
		else {
			String firstVia = shared.isEmpty() ? null : shared.get(0).via().name().ko();
			String firstViaEn = shared.isEmpty() ? null : shared.get(0).via().name().en();
			summary = new LocalizedText(
					aKo + " — " + bKo + ": 직접 관계 " + direct.size() + "건, 공동 연결 " + shared.size() + "건"
							+ ((firstVia != null) ? " (예: " + firstVia + ")." : "."),
					aEn + " and " + bEn + " are linked by " + direct.size() + " direct relationship(s) and "
							+ shared.size() + " shared link(s)" + ((firstViaEn != null) ? " (e.g. " + firstViaEn + ")." : "."));
		}
		return new Partnership(a, b, documented, summary, direct, shared);
	}

}
