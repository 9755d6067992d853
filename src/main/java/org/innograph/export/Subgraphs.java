package org.innograph.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innograph.api.ApiException;
import org.innograph.graph.EntityKind;
import org.innograph.measures.Network;

/**
 * Cuts a subgraph out of a loaded projection, following relationships in either
 * direction: the neighbourhood of an entity (every entity within n hops and all
 * relationships among them), or the union of all shortest paths between two entities (the
 * entities and relationships on any of them).
 */
final class Subgraphs {

	private Subgraphs() {
	}

	static Network select(Network network, ExportRequest request) {
		if (request.neighbourhood()) {
			return neighbourhood(network, request.around(), request.hops(), request.expand());
		}
		if (request.paths()) {
			return shortestPaths(network, request.from(), request.to(), request.maxHops(), request.throughHubs());
		}
		return network;
	}

	/**
	 * The entities and relationships named, as far as the projection holds them; a
	 * relationship only with both its ends.
	 */
	static Network only(Network network, Set<String> entities, Set<String> relationships) {
		List<Network.Node> nodes = network.nodes().stream().filter((node) -> entities.contains(node.id())).toList();
		List<Network.Link> links = network.links()
			.stream()
			.filter((link) -> relationships.contains(link.id()) && entities.contains(link.from())
					&& entities.contains(link.to()))
			.toList();
		return new Network(nodes, links);
	}

	static Network neighbourhood(Network network, String around, int hops) {
		return neighbourhood(network, around, hops, List.of());
	}

	/**
	 * The neighbourhood of {@code around}, plus each unfolded entity with its direct
	 * neighbours, and all relationships among them. An unfolded id outside the projection
	 * adds nothing rather than failing: a filter may hide an entity the reader unfolded,
	 * and the address keeps it so that it returns when the filter is lifted.
	 */
	static Network neighbourhood(Network network, String around, int hops, List<String> expand) {
		Map<String, Integer> distance = distances(network, member(network, around, "around"), hops);
		Set<String> present = new HashSet<>();
		network.nodes().forEach((node) -> present.add(node.id()));
		for (String unfolded : expand) {
			if (present.contains(unfolded)) {
				distances(network, unfolded, 1).keySet().forEach((id) -> distance.putIfAbsent(id, 1));
			}
		}
		List<Network.Node> nodes = network.nodes().stream().filter((node) -> distance.containsKey(node.id())).toList();
		List<Network.Link> links = network.links()
			.stream()
			.filter((link) -> distance.containsKey(link.from()) && distance.containsKey(link.to()))
			.toList();
		return new Network(nodes, links);
	}

	/**
	 * Every entity and relationship on a shortest path between two entities, under the
	 * hub rule of {@code connections} unless {@code throughHubs}: a path may start or end
	 * at a region or sector ({@link EntityKind#HUBS}) but not pass through one.
	 */
	static Network shortestPaths(Network network, String from, String to, int maxHops, boolean throughHubs) {
		Set<String> closed = new HashSet<>();
		if (!throughHubs) {
			Set<String> hubLabels = new HashSet<>();
			EntityKind.HUBS.forEach((kind) -> hubLabels.add(kind.label()));
			network.nodes()
				.stream()
				.filter((node) -> hubLabels.contains(node.kind()) && !node.id().equals(from) && !node.id().equals(to))
				.forEach((node) -> closed.add(node.id()));
		}
		Map<String, Integer> fromStart = distances(network, member(network, from, "from"), maxHops, closed);
		Map<String, Integer> fromEnd = distances(network, member(network, to, "to"), maxHops, closed);
		Integer length = fromStart.get(to);
		if (length == null) {
			throw ApiException.notFound("No chain of at most " + maxHops + " relationships links '" + from + "' and '"
					+ to + "' in this projection" + (throughHubs ? ""
							: " without passing through a region or sector (add throughHubs=true to allow it)"));
		}
		// A node is on a shortest path when its distances to both ends add up to the path
		// length; a link
		// is when it steps from distance d to d + 1 along such a path, in either
		// direction.
		Set<String> onPath = new HashSet<>();
		fromStart.forEach((id, d) -> {
			Integer rest = fromEnd.get(id);
			if (rest != null && d + rest == length && !closed.contains(id)) {
				onPath.add(id);
			}
		});
		List<Network.Node> nodes = network.nodes().stream().filter((node) -> onPath.contains(node.id())).toList();
		List<Network.Link> links = network.links().stream().filter((link) -> {
			if (link.from().equals(link.to())) {
				return false;
			}
			if (closed.contains(link.from()) || closed.contains(link.to())) {
				return false;
			}
			return steps(fromStart, fromEnd, link.from(), link.to(), length)
					|| steps(fromStart, fromEnd, link.to(), link.from(), length);
		}).toList();
		return new Network(nodes, links);
	}

	private static boolean steps(Map<String, Integer> fromStart, Map<String, Integer> fromEnd, String a, String b,
			int length) {
		Integer da = fromStart.get(a);
		Integer db = fromEnd.get(b);
		return da != null && db != null && da + 1 + db == length;
	}

	private static String member(Network network, String id, String parameter) {
		boolean present = network.nodes().stream().anyMatch((node) -> node.id().equals(id));
		if (!present) {
			throw ApiException.notFound("'" + parameter + "': no entity '" + id + "' in this projection (check the id, "
					+ "and that its kind is among 'kinds' and it holds on 'asOf')");
		}
		return id;
	}

	private static Map<String, Integer> distances(Network network, String start, int limit) {
		return distances(network, start, limit, Set.of());
	}

	/**
	 * Breadth-first distances from a start, relationships taken both ways, up to a limit;
	 * the {@code closed} entities are reached but not gone through.
	 */
	private static Map<String, Integer> distances(Network network, String start, int limit, Set<String> closed) {
		Map<String, List<String>> adjacent = new HashMap<>();
		for (Network.Link link : network.links()) {
			adjacent.computeIfAbsent(link.from(), (id) -> new ArrayList<>()).add(link.to());
			adjacent.computeIfAbsent(link.to(), (id) -> new ArrayList<>()).add(link.from());
		}
		Map<String, Integer> distance = new HashMap<>();
		distance.put(start, 0);
		Deque<String> queue = new ArrayDeque<>(List.of(start));
		while (!queue.isEmpty()) {
			String current = queue.poll();
			int d = distance.get(current);
			if (d == limit || closed.contains(current)) {
				continue;
			}
			for (String next : adjacent.getOrDefault(current, List.of())) {
				if (!distance.containsKey(next)) {
					distance.put(next, d + 1);
					queue.add(next);
				}
			}
		}
		return distance;
	}

}
