package org.innograph.paths;

import java.time.Duration;
import java.util.List;

import org.innograph.graph.LocalizedText;

/**
 * The chains {@code connections} finds and, when there are none, why: {@code connections}
 * answers {@code []} alike for "too short a {@code maxHops}", "the {@code types} filter
 * left nothing" and "nothing at all", which a reader cannot tell apart.
 *
 * @param paths the chains, as {@code connections} returns them
 * @param complete false when the search stopped at its time limit: {@code paths} are the
 * chains found before it
 * @param reason why there are none; null when there are some
 * @param shortestLength hops of the shortest chain found beyond {@code maxHops} or
 * outside {@code types}
 * @param explanation the reason in plain words; null when there are chains
 */
record ConnectionReport(List<Path> paths, boolean complete, Reason reason, Integer shortestLength,
		LocalizedText explanation) {

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
		 * No chain that avoids hubs within the longest search, of the asked types or any,
		 * but one (of any type) through a region or sector ({@code throughHubs}).
		 */
		ONLY_THROUGH_HUBS,
		/**
		 * No chain of any type within the longest search ({@link PathController#MAX_HOPS}
		 * hops), through hubs or not.
		 */
		NO_PATH,
		/**
		 * The search stopped at its time limit before it found a chain or could rule one
		 * out.
		 */
		SEARCH_LIMIT

	}

	static ConnectionReport found(List<Path> paths, boolean complete) {
		return new ConnectionReport(paths, complete, null, null, null);
	}

	/**
	 * Nothing found before the time limit; {@code withinMaxHops} when the search within
	 * {@code maxHops} ran to its end (no chain there) and only a longer search stopped.
	 */
	static ConnectionReport limited(int maxHops, boolean withinMaxHops, Duration limit) {
		String seconds = (limit.toMillis() % 1000 == 0) ? String.valueOf(limit.toSeconds())
				: String.valueOf(limit.toMillis() / 1000.0);
		return new ConnectionReport(List.of(), false, Reason.SEARCH_LIMIT, null, withinMaxHops ? new LocalizedText(
				maxHops + "단계 안에는 연결이 없습니다. 이유를 찾는 더 넓은 검색(더 긴 연결, 다른 유형, 허브 경유)은 시간 한도(" + seconds + "초)에 걸려 멈췄습니다.",
				"No chain within " + maxHops + " hops; the wider search for why (longer chains, other types, "
						+ "through hubs) stopped at its time limit (" + seconds + " s).")
				: new LocalizedText(
						"검색이 시간 한도(" + seconds + "초)에 걸려 멈췄습니다. 연결이 있는지 없는지 알 수 없습니다(maxHops를 줄이거나 types를 지정해 보세요).",
						"The search stopped at its time limit (" + seconds
								+ " s) before it found a chain or ruled one out (lower maxHops or name types)."));
	}

	static ConnectionReport beyond(int maxHops, int length) {
		return new ConnectionReport(List.of(), true, Reason.BEYOND_MAX_HOPS, length,
				new LocalizedText(maxHops + "단계 안에는 연결이 없습니다. 가장 짧은 연결은 " + length + "단계입니다(maxHops를 늘려 보세요).",
						"No chain within " + maxHops + " hops; the shortest takes " + length + " (raise maxHops)."));
	}

	static ConnectionReport excluded(int length) {
		return new ConnectionReport(List.of(), true, Reason.EXCLUDED_BY_TYPES, length, new LocalizedText(
				"지정한 관계 유형(types)으로는 연결이 없습니다. 다른 유형을 포함하면 " + length + "단계로 연결됩니다.",
				"The types filter excludes every chain; through other types the shortest takes " + length + " hops."));
	}

	static ConnectionReport throughHubs(int length) {
		return new ConnectionReport(List.of(), true, Reason.ONLY_THROUGH_HUBS, length,
				new LocalizedText(
						"지역(Region)이나 분야(Sector)를 거치지 않는 연결은 없습니다. 거치면(관계 유형 무관) " + length
								+ "단계로 연결됩니다(throughHubs: true).",
						"Every chain passes through a region or sector; through them (of any type) the shortest takes "
								+ length + " hops (set throughHubs: true)."));
	}

	static ConnectionReport none(int longest) {
		return new ConnectionReport(List.of(), true, Reason.NO_PATH, null, new LocalizedText(
				"어떤 관계 유형으로도, 지역이나 분야를 거쳐서도 " + longest + "단계 안에 연결이 없습니다.",
				"No chain of any type links them within " + longest + " hops, even through regions or sectors."));
	}

}
