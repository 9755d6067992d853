package org.innograph.paths;

import java.util.List;

import org.innograph.graph.LocalizedText;

/**
 * The chains {@code connections} finds and, when there are none, why: {@code connections}
 * answers {@code []} alike for "too short a {@code maxHops}", "the {@code types} filter
 * left nothing" and "nothing at all", which a reader cannot tell apart.
 *
 * @param paths the chains, as {@code connections} returns them
 * @param reason why there are none; null when there are some
 * @param shortestLength hops of the shortest chain found beyond {@code maxHops} or
 * outside {@code types}
 * @param explanation the reason in plain words; null when there are chains
 */
record ConnectionReport(List<Path> paths, Reason reason, Integer shortestLength, LocalizedText explanation) {

	/** Why no chain was found. */
	enum Reason {

		/** A chain of the asked types exists, longer than {@code maxHops}. */
		BEYOND_MAX_HOPS,
		/**
		 * No chain of the asked types within the longest search, but one through other
		 * types.
		 */
		EXCLUDED_BY_TYPES,
		/**
		 * No chain of any type within the longest search ({@link PathController#MAX_HOPS}
		 * hops).
		 */
		NO_PATH

	}

	static ConnectionReport found(List<Path> paths) {
		return new ConnectionReport(paths, null, null, null);
	}

	static ConnectionReport beyond(int maxHops, int length) {
		return new ConnectionReport(List.of(), Reason.BEYOND_MAX_HOPS, length,
				new LocalizedText(maxHops + "단계 안에는 연결이 없습니다. 가장 짧은 연결은 " + length + "단계입니다(maxHops를 늘려 보세요).",
						"No chain within " + maxHops + " hops; the shortest takes " + length + " (raise maxHops)."));
	}

	static ConnectionReport excluded(int length) {
		return new ConnectionReport(List.of(), Reason.EXCLUDED_BY_TYPES, length, new LocalizedText(
				"지정한 관계 유형(types)으로는 연결이 없습니다. 다른 유형을 포함하면 " + length + "단계로 연결됩니다.",
				"The types filter excludes every chain; through other types the shortest takes " + length + " hops."));
	}

	static ConnectionReport none(int longest) {
		return new ConnectionReport(List.of(), Reason.NO_PATH, null,
				new LocalizedText("어떤 관계 유형으로도 " + longest + "단계 안에 연결이 없습니다.",
						"No chain of any type links them within " + longest + " hops."));
	}

}
