package org.innograph.entity;

import java.util.ArrayList;
import java.util.List;

import org.innograph.api.PageInfo;
import org.innograph.api.Paging;

/** The Relay connection types of entities, relationships and neighbours. */
public final class Connections {

	private Connections() {
	}

	public record EntityEdge(String cursor, Entity node) {
	}

	public record EntityConnection(List<EntityEdge> edges, PageInfo pageInfo, long totalCount) {

		public List<Entity> nodes() {
			return this.edges.stream().map(EntityEdge::node).toList();
		}

		public static EntityConnection of(List<Entity> page, Paging paging, long total) {
			List<EntityEdge> edges = new ArrayList<>();
			for (int i = 0; i < page.size(); i++) {
				edges.add(new EntityEdge(paging.cursorAt(i, page.get(i).id()), page.get(i)));
			}
			return new EntityConnection(edges, paging.pageInfo(page.stream().map(Entity::id).toList(), total), total);
		}

	}

	public record RelationshipEdge(String cursor, Relationship node) {
	}

	public record RelationshipConnection(List<RelationshipEdge> edges, PageInfo pageInfo, long totalCount) {

		public List<Relationship> nodes() {
			return this.edges.stream().map(RelationshipEdge::node).toList();
		}

		static RelationshipConnection of(EntityReads.LinkPage page, Paging paging) {
			List<RelationshipEdge> edges = new ArrayList<>();
			for (int i = 0; i < page.relationships().size(); i++) {
				Relationship rel = page.relationships().get(i);
				edges.add(new RelationshipEdge(paging.cursorAt(i, rel.id()), rel));
			}
			return new RelationshipConnection(edges, paging.pageInfo(ids(page), page.total()), page.total());
		}

	}

	public record NeighborEdge(String cursor, Entity node, Relationship relationship, Direction direction) {
	}

	public record NeighborConnection(List<NeighborEdge> edges, PageInfo pageInfo, long totalCount) {

		public List<Entity> nodes() {
			return this.edges.stream().map(NeighborEdge::node).toList();
		}

		static NeighborConnection of(String entityId, EntityReads.LinkPage page, Paging paging) {
			List<NeighborEdge> edges = new ArrayList<>();
			for (int i = 0; i < page.relationships().size(); i++) {
				Relationship rel = page.relationships().get(i);
				Direction direction = rel.from().id().equals(entityId) ? Direction.OUTGOING : Direction.INCOMING;
				edges.add(new NeighborEdge(paging.cursorAt(i, rel.id()), rel.other(entityId), rel, direction));
			}
			return new NeighborConnection(edges, paging.pageInfo(ids(page), page.total()), page.total());
		}

	}

	/** The ids of a page of links: their cursors name them. */
	private static List<String> ids(EntityReads.LinkPage page) {
		return page.relationships().stream().map(Relationship::id).toList();
	}

}
