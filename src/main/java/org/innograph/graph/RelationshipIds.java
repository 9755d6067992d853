package org.innograph.graph;

import java.util.Map;
import java.util.Optional;

/**
 * Relationship ids are derived from their ends and type: {@code rel:<from>><TYPE>><to>}
 * with an optional {@code #<key>}. Entity ids never contain {@code >} or {@code #}, so an
 * id can be taken apart again, which lets a look-up start from the indexed {@code from}
 * entity instead of scanning relationships.
 */
public final class RelationshipIds {

	private RelationshipIds() {
	}

	/**
	 * The id of a relationship with these ends and type (and key, when two would
	 * otherwise clash).
	 */
	public static String of(String from, RelationshipType type, String to, String key) {
		String id = "rel:" + from + ">" + type.name() + ">" + to;
		return (key != null) ? id + "#" + key : id;
	}

	/**
	 * The parts of an id, as query parameters; empty if it is not a well-formed
	 * relationship id.
	 */
	public static Optional<Map<String, Object>> parse(String id) {
		if (!id.startsWith("rel:")) {
			return Optional.empty();
		}
		String body = id.substring(4);
		int hash = body.indexOf('#');
		String[] parts = ((hash >= 0) ? body.substring(0, hash) : body).split(">", -1);
		if (parts.length != 3 || parts[0].isEmpty() || parts[2].isEmpty()) {
			return Optional.empty();
		}
		try {
			RelationshipType type = RelationshipType.valueOf(parts[1]);
			return Optional.of(Map.of("id", id, "from", parts[0], "type", type.name(), "to", parts[2]));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
