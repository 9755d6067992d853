package org.innograph.paths;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.innograph.api.PageInfo;
import org.innograph.api.Paging;
import org.innograph.entity.Entity;
import org.innograph.entity.Relationship;
import org.innograph.graph.Basis;
import org.innograph.limits.PageSizes;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Entity.interlocks}: who sits at the same table as an entity, grouped by the
 * table. One statement for every entity of a request that asks for the same page
 * ({@link InterlockLoaders}); the partners of one group are bounded by the list bound the
 * query analysis counts them with, so a council of thousands cannot make an answer larger
 * than the analysis allowed.
 */
@Controller
class InterlockController {

	private final PageSizes pageSizes;

	InterlockController(PageSizes pageSizes) {
		this.pageSizes = pageSizes;
	}

	@SchemaMapping(typeName = "Entity", field = "interlocks")
	CompletableFuture<InterlockConnection> interlocks(Entity entity, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		Paging asked = this.pageSizes.paging(first, after, env, entity.id());
		DataLoader<InterlockLoaders.InterlockKey, Map<String, Object>> loader = env
			.getDataLoader(InterlockLoaders.INTERLOCKS);
		return loader.load(new InterlockLoaders.InterlockKey(entity.id(), asked.first(), asked.after()))
			.thenApply((row) -> connection(row, asked));
	}

	@SuppressWarnings("unchecked")
	private static InterlockConnection connection(Map<String, Object> row, Paging asked) {
		Paging paging = asked.startingAt(((Number) row.get("start")).longValue());
		List<Map<String, Object>> page = (List<Map<String, Object>>) row.get("page");
		long total = ((Number) row.get("total")).longValue();
		List<InterlockEdge> edges = new ArrayList<>();
		for (int i = 0; i < page.size(); i++) {
			edges.add(new InterlockEdge(paging.cursorAt(i, (String) page.get(i).get("id")), interlock(page.get(i))));
		}
		return new InterlockConnection(edges,
				paging.pageInfo(page.stream().map((item) -> (String) item.get("id")).toList(), total), total);
	}

	@SuppressWarnings("unchecked")
	private static Interlock interlock(Map<String, Object> row) {
		List<Relationship> own = relationships((List<Map<String, Object>>) row.get("own"));
		Basis basis = strongest(own);
		List<InterlockPartner> partners = new ArrayList<>();
		for (Map<String, Object> partner : (List<Map<String, Object>>) row.get("partners")) {
			List<Relationship> links = relationships((List<Map<String, Object>>) partner.get("links"));
			partners.add(new InterlockPartner(Entity.of((Map<String, Object>) partner.get("entity")), links,
					basis.weaker(strongest(links))));
		}
		return new Interlock(Entity.of((Map<String, Object>) row.get("via")), own, basis,
				((Number) row.get("partnerCount")).intValue(), partners);
	}

	private static List<Relationship> relationships(List<Map<String, Object>> rows) {
		return rows.stream().map(Relationship::of).toList();
	}

	private static Basis strongest(List<Relationship> links) {
		return links.stream().map(Relationship::basis).min(Enum::compareTo).orElse(Basis.INFERRED);
	}

	/**
	 * An agreement, council, program or cluster this entity belongs to, with the others
	 * that belong to it.
	 *
	 * @param via the shared entity
	 * @param links this entity's links to it
	 * @param basis the strongest basis of those links
	 * @param partnerCount how many others belong to it
	 * @param partners the others (at most the list bound), by Korean name
	 */
	record Interlock(Entity via, List<Relationship> links, Basis basis, int partnerCount,
			List<InterlockPartner> partners) {
	}

	/**
	 * Another entity at the same table.
	 *
	 * @param entity the other entity
	 * @param links its links to the shared entity
	 * @param basis the weaker of the two sides' strongest links: STATED only when both
	 * belong by a stated link
	 */
	record InterlockPartner(Entity entity, List<Relationship> links, Basis basis) {
	}

	record InterlockEdge(String cursor, Interlock node) {
	}

	record InterlockConnection(List<InterlockEdge> edges, PageInfo pageInfo, long totalCount) {

		// Public: GraphQL reads the field through this accessor, which a package-private
		// method would hide.
		public List<Interlock> nodes() {
			return this.edges.stream().map(InterlockEdge::node).toList();
		}

	}

}
