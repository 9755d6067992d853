package org.innograph.measures;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.innograph.graph.Basis;
import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipType;

/**
 * A projection of the graph as loaded for measuring or exporting: its entities and the
 * relationships between them, both sorted by id so that everything computed from it is
 * deterministic. Attributes other than ids and ends are filled only when loaded for
 * export.
 *
 * @param nodes the entities, sorted by id
 * @param links the relationships between them, sorted by id
 */
public record Network(List<Node> nodes, List<Link> links) {

	public Network {
		nodes = nodes.stream().sorted(Comparator.comparing(Node::id)).toList();
		links = links.stream().sorted(Comparator.comparing(Link::id)).toList();
	}

	/**
	 * A digest of the structure (entity ids; relationship ids, types and ends): equal
	 * digests mean equal measures, which is what makes cached measures safe to reuse.
	 */
	public String fingerprint() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Node node : this.nodes) {
				digest.update(("n " + node.id() + '\n').getBytes(StandardCharsets.UTF_8));
			}
			for (Link link : this.links) {
				digest.update(("l " + link.id() + ' ' + link.type() + ' ' + link.from() + ' ' + link.to() + '\n')
					.getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An entity of the network. */
	public record Node(String id, String kind, String type, String nameKo, String nameEn, List<String> acronyms,
			PartialDate date, String status) {

		public Node {
			acronyms = (acronyms != null) ? List.copyOf(acronyms) : List.of();
		}

		/** A node known only by its id and kind (for measuring). */
		public static Node of(String id, String kind) {
			return of(id, kind, null);
		}

		/**
		 * A node known by its id, kind and sub-kind (for measuring and ranking by
		 * sub-kind).
		 */
		public static Node of(String id, String kind, String type) {
			return new Node(id, kind, type, null, null, List.of(), null, null);
		}

	}

	/**
	 * A relationship of the network, with a summary of its evidence.
	 *
	 * @param sources the ids of the documents its evidence cites, in evidence order,
	 * without repeats
	 * @param quote the first quote of its evidence (ordered by source, then locator)
	 * @param locator where that quote is in its document
	 * @param evidenceCount how many evidence records it has
	 */
	public record Link(String id, RelationshipType type, String from, String to, String role, String status,
			PartialDate validFrom, PartialDate validTo, Basis basis, PartialDate statedOn, List<String> sources,
			String quote, String locator, int evidenceCount) {

		public Link {
			sources = (sources != null) ? List.copyOf(sources) : List.of();
		}

		/** A link known only by its id, type and ends (for measuring). */
		public static Link of(String id, RelationshipType type, String from, String to) {
			return new Link(id, type, from, to, null, null, null, null, Basis.STATED, null, List.of(), null, null, 0);
		}

	}

}
