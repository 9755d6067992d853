package org.innograph.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.innograph.api.ApiException;
import org.innograph.graph.EntityKind;
import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipType;
import org.innograph.measures.Projection;
import org.innograph.storage.AsOf;

/**
 * What to export, checked before anything reaches the database. The same parameters serve
 * the URL ({@code ?kinds=COUNCIL,INDUSTRIAL_COMPLEX&types=MEMBER_OF}) and the command
 * line ({@code --kinds COUNCIL,INDUSTRIAL_COMPLEX --types MEMBER_OF}).
 *
 * @param format the file format
 * @param projection the entity kinds, relationship types and date the export (and its
 * measures) take in
 * @param around the entity whose neighbourhood is exported, or null
 * @param hops how far the neighbourhood reaches
 * @param expand further entities unfolded around {@code around}: each adds itself and its
 * direct neighbours (the explorer's network view draws exactly this), in the order given
 * @param from one end of the shortest paths exported, or null
 * @param to the other end
 * @param maxHops the longest path looked for
 * @param throughHubs whether the paths may pass through regions and sectors
 * ({@code throughHubs=true}); by default they only start or end at one, as in
 * {@code connections}
 * @param bom whether CSV files start with a byte-order mark, which Excel needs to read
 * UTF-8 (yes unless {@code bom=false})
 * @param timeline the time line whose items are exported ({@code timeline=true}), or null
 */
public record ExportRequest(ExportFormat format, Projection projection, String around, int hops, List<String> expand,
		String from, String to, int maxHops, boolean throughHubs, boolean bom, TimelineFilter timeline) {

	/** The parameters understood, in the order the usage lists them. */
	static final List<String> PARAMETERS = List.of("kinds", "types", "asOf", "around", "hops", "expand", "from", "to",
			"maxHops", "throughHubs", "bom", "timeline", "since", "until", "involving", "subjectKinds");

	/**
	 * Most entities {@code expand} may unfold: enough for a person's exploration, few
	 * enough that the address stays short and the work small.
	 */
	static final int MAX_EXPAND = 30;

	/** The parameters that filter a time line, as {@code timeline}'s arguments do. */
	static final List<String> TIMELINE_FILTERS = List.of("since", "until", "involving", "subjectKinds");

	static final int DEFAULT_HOPS = 1;

	static final int MAX_HOPS_AROUND = 3;

	static final int DEFAULT_MAX_HOPS = 4;

	static final int MAX_PATH_HOPS = 6;

	/** Whether the export is a neighbourhood. */
	public boolean neighbourhood() {
		return this.around != null;
	}

	/** Whether the export is what a time line shows. */
	public boolean timelineItems() {
		return this.timeline != null;
	}

	/** Whether the export is the shortest paths between two entities. */
	public boolean paths() {
		return this.from != null;
	}

	/**
	 * Parses the parameters (each may be given several times; lists may also be
	 * comma-separated); every problem is a BAD_REQUEST that says what to write instead.
	 */
	public static ExportRequest parse(ExportFormat format, Map<String, List<String>> parameters) {
		for (String name : parameters.keySet()) {
			if (!PARAMETERS.contains(name)) {
				throw ApiException.badRequest(
						"Unknown parameter '" + name + "'; the parameters are " + String.join(", ", PARAMETERS));
			}
		}
		Set<EntityKind> kinds = new LinkedHashSet<>();
		for (String kind : list(parameters, "kinds")) {
			kinds.add(kind(kind));
		}
		Set<RelationshipType> types = new LinkedHashSet<>();
		for (String type : list(parameters, "types")) {
			types.add(type(type));
		}
		LocalDate asOf = date(single(parameters, "asOf"));
		String around = single(parameters, "around");
		String from = single(parameters, "from");
		String to = single(parameters, "to");
		String hops = single(parameters, "hops");
		String maxHops = single(parameters, "maxHops");
		List<String> expand = expand(list(parameters, "expand"), around, hops);
		if (around != null && (from != null || to != null)) {
			throw ApiException
				.badRequest("Give either 'around' (a neighbourhood) or 'from' and 'to' (paths), not both");
		}
		if ((from == null) != (to == null)) {
			throw ApiException.badRequest("'from' and 'to' go together: the paths between two entity ids");
		}
		if (hops != null && around == null) {
			throw ApiException.badRequest("'hops' applies to a neighbourhood: give 'around' too");
		}
		if (maxHops != null && from == null) {
			throw ApiException.badRequest("'maxHops' applies to paths: give 'from' and 'to' too");
		}
		String throughHubs = single(parameters, "throughHubs");
		if (throughHubs != null && from == null) {
			throw ApiException.badRequest("'throughHubs' applies to paths: give 'from' and 'to' too");
		}
		if (throughHubs != null && !throughHubs.equalsIgnoreCase("true") && !throughHubs.equalsIgnoreCase("false")) {
			throw ApiException.badRequest("'throughHubs' is true or false, was '" + throughHubs + "'");
		}
		TimelineFilter timeline = timeline(parameters);
		if (timeline != null && (around != null || from != null)) {
			throw ApiException.badRequest(
					"Give one selection: 'timeline' (a time line's items), 'around' (a neighbourhood) or 'from' and 'to' (paths)");
		}
		String bom = single(parameters, "bom");
		if (bom != null && !bom.equalsIgnoreCase("true") && !bom.equalsIgnoreCase("false")) {
			throw ApiException.badRequest("'bom' is true or false, was '" + bom + "'");
		}
		return new ExportRequest(format, new Projection(kinds, types, asOf), blankToNull(around),
				number("hops", hops, DEFAULT_HOPS, MAX_HOPS_AROUND), expand, blankToNull(from), blankToNull(to),
				number("maxHops", maxHops, DEFAULT_MAX_HOPS, MAX_PATH_HOPS), Boolean.parseBoolean(throughHubs),
				bom == null || Boolean.parseBoolean(bom), timeline);
	}

	/** One line describing the selection, for file metadata. */
	public String describe() {
		String unfolded = this.expand.isEmpty() ? "" : ", unfolding " + String.join(", ", this.expand);
		String selection = neighbourhood() ? "; within " + this.hops + " hops of " + this.around + unfolded
				: paths() ? "; shortest paths (at most " + this.maxHops + " hops"
						+ (this.throughHubs ? ", through regions and sectors too" : ", not through regions or sectors")
						+ ") between " + this.from + " and " + this.to
						: timelineItems() ? "; " + this.timeline.describe() : "";
		return this.projection.describe() + selection;
	}

	/**
	 * {@code timeline=true} with its filters, or null; a filter without {@code timeline}
	 * is refused rather than ignored.
	 */
	private static TimelineFilter timeline(Map<String, List<String>> parameters) {
		String flag = single(parameters, "timeline");
		if (flag == null) {
			for (String filter : TIMELINE_FILTERS) {
				if (parameters.containsKey(filter)) {
					throw ApiException.badRequest("'" + filter + "' filters a time line: give 'timeline=true' too");
				}
			}
			return null;
		}
		if (!flag.equalsIgnoreCase("true")) {
			throw ApiException.badRequest("'timeline' is true (export what a time line shows), was '" + flag + "'");
		}
		LocalDate since = day("since", single(parameters, "since"));
		LocalDate until = day("until", single(parameters, "until"));
		if (since != null && until != null && since.isAfter(until)) {
			throw ApiException.badRequest("'since' (" + since + ") is after 'until' (" + until + ")");
		}
		Set<EntityKind> subjectKinds = new LinkedHashSet<>();
		for (String kind : list(parameters, "subjectKinds")) {
			subjectKinds.add(kind(kind));
		}
		String involving = single(parameters, "involving");
		if (involving != null && involving.length() > MAX_ID_LENGTH) {
			throw ApiException.badRequest("'involving' is an entity id of at most " + MAX_ID_LENGTH + " characters");
		}
		return new TimelineFilter(since, until, involving, subjectKinds);
	}

	/** Ids are at most this long (the input rules); a longer one names nothing. */
	static final int MAX_ID_LENGTH = 120;

	/** A whole day, YYYY-MM-DD, as the time line's GraphQL {@code Date} takes it. */
	private static LocalDate day(String name, String text) {
		if (text == null) {
			return null;
		}
		try {
			PartialDate date = PartialDate.parse(text);
			if (date.precision() != PartialDate.Precision.DAY) {
				throw new IllegalArgumentException("a whole day is written YYYY-MM-DD, e.g. 2023-10-19");
			}
			return AsOf.day(date);
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.badRequest("'" + name + "': " + ex.getMessage());
		}
	}

	/**
	 * The entities unfolded around a neighbourhood's centre, checked for size before any
	 * work: only with {@code around} at one hop (each unfolded entity adds its own
	 * one-hop neighbourhood), at most {@link #MAX_EXPAND} ids of at most
	 * {@link #MAX_ID_LENGTH} characters; repeats and the centre itself are dropped.
	 */
	private static List<String> expand(List<String> ids, String around, String hops) {
		if (ids.isEmpty()) {
			return List.of();
		}
		if (around == null) {
			throw ApiException.badRequest("'expand' unfolds entities around a neighbourhood: give 'around' too");
		}
		if (hops != null && !hops.equals("1")) {
			throw ApiException
				.badRequest("'expand' adds the one-hop neighbourhood of each entity: leave 'hops' out or at 1");
		}
		Set<String> unique = new LinkedHashSet<>();
		for (String id : ids) {
			if (id.length() > MAX_ID_LENGTH) {
				throw ApiException.badRequest("'expand': an id has at most " + MAX_ID_LENGTH + " characters");
			}
			if (!id.equals(around.trim())) {
				unique.add(id);
			}
		}
		if (unique.size() > MAX_EXPAND) {
			throw ApiException
				.badRequest("'expand' unfolds at most " + MAX_EXPAND + " entities, was given " + unique.size());
		}
		return List.copyOf(unique);
	}

	private static List<String> list(Map<String, List<String>> parameters, String name) {
		List<String> values = new ArrayList<>();
		for (String value : parameters.getOrDefault(name, List.of())) {
			Arrays.stream(value.split(",")).map(String::trim).filter((item) -> !item.isEmpty()).forEach(values::add);
		}
		return values;
	}

	private static String single(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.getOrDefault(name, List.of());
		if (values.size() > 1) {
			throw ApiException.badRequest("'" + name + "' takes one value, was given " + values.size());
		}
		return values.isEmpty() ? null : blankToNull(values.get(0));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static EntityKind kind(String name) {
		String wanted = name.toUpperCase(Locale.ROOT);
		return Arrays.stream(EntityKind.values())
			.filter((kind) -> kind.apiName().equals(wanted))
			.findFirst()
			.orElseThrow(() -> ApiException.badRequest("Unknown entity kind '" + name + "'; use one of "
					+ Arrays.stream(EntityKind.values()).map(EntityKind::apiName).collect(Collectors.joining(", "))));
	}

	private static RelationshipType type(String name) {
		String wanted = name.toUpperCase(Locale.ROOT);
		return Arrays.stream(RelationshipType.values())
			.filter((type) -> type.name().equals(wanted))
			.findFirst()
			.orElseThrow(() -> ApiException.badRequest("Unknown relationship type '" + name + "'; use one of "
					+ Arrays.stream(RelationshipType.values()).map(Enum::name).collect(Collectors.joining(", "))));
	}

	/**
	 * A day, a month or a year by the service's one date rule, so the export refuses what
	 * GraphQL refuses; a month or a year stands for its first day, as in GraphQL (see
	 * AsOf).
	 */
	private static LocalDate date(String text) {
		if (text == null) {
			return null;
		}
		try {
			return AsOf.day(PartialDate.parse(text));
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.badRequest("'asOf': " + ex.getMessage());
		}
	}

	private static int number(String name, String text, int defaultValue, int max) {
		if (text == null) {
			return defaultValue;
		}
		try {
			int value = Integer.parseInt(text);
			if (value < 1 || value > max) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw ApiException.badRequest("'" + name + "' is a whole number from 1 to " + max + ", was '" + text + "'");
		}
	}

	/**
	 * The filters of a time line, as {@code timeline(from, to, involving, kinds)} takes
	 * them.
	 *
	 * @param since the earliest day, or null
	 * @param until the latest day, or null
	 * @param involving the entity the time line is about, or null
	 * @param subjectKinds the kinds of the items' subjects (empty: every kind)
	 */
	public record TimelineFilter(LocalDate since, LocalDate until, String involving, Set<EntityKind> subjectKinds) {

		String describe() {
			StringBuilder out = new StringBuilder("the items of the time line");
			if (this.since != null) {
				out.append(" from ").append(this.since);
			}
			if (this.until != null) {
				out.append(" to ").append(this.until);
			}
			if (this.involving != null) {
				out.append(" involving ").append(this.involving);
			}
			if (!this.subjectKinds.isEmpty()) {
				out.append(" about ")
					.append(this.subjectKinds.stream().map(EntityKind::apiName).collect(Collectors.joining(", ")));
			}
			return out.toString();
		}

	}

}
