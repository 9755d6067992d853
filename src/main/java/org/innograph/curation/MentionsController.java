package org.innograph.curation;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.innograph.api.PageInfo;
import org.innograph.api.Paging;
import org.innograph.entity.Entity;
import org.innograph.limits.PageSizes;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Entity.mentions}: the lines of the source texts that name an entity, paged. */
@Controller
class MentionsController {

	record MentionEdge(String cursor, SourceMentions.LineMention node) {
	}

	record MentionConnection(List<MentionEdge> edges, List<SourceMentions.LineMention> nodes, PageInfo pageInfo,
			int totalCount) {
	}

	private final SourceMentions mentions;

	private final PageSizes pageSizes;

	MentionsController(SourceMentions mentions, PageSizes pageSizes) {
		this.mentions = mentions;
		this.pageSizes = pageSizes;
	}

	@SchemaMapping(typeName = "Entity", field = "mentions")
	MentionConnection mentions(Entity entity, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		Paging requested = this.pageSizes.paging(first, after, env, entity.id());
		List<SourceMentions.LineMention> all = this.mentions.of(entity);
		List<String> ids = all.stream().map(SourceMentions.LineMention::id).toList();
		Paging paging = requested.within(ids);
		int from = Math.min(paging.offset(), all.size());
		int to = Math.min(from + paging.first(), all.size());
		List<SourceMentions.LineMention> page = all.subList(from, to);
		List<MentionEdge> edges = new ArrayList<>();
		for (int i = 0; i < page.size(); i++) {
			edges.add(new MentionEdge(paging.cursorAt(i, page.get(i).id()), page.get(i)));
		}
		return new MentionConnection(edges, page, paging.pageInfo(ids.subList(from, to), all.size()), all.size());
	}

}
