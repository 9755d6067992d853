package org.innograph.edit;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.innograph.api.PageInfo;
import org.innograph.api.Paging;
import org.innograph.entity.Entity;
import org.innograph.entity.EntityReads;
import org.innograph.entity.Fact;
import org.innograph.entity.Relationship;
import org.innograph.limits.PageSizes;
import org.innograph.security.Editors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The review of proposals, for editors and admins only (proposals are not public): the
 * list of a document's proposals and accepting, rejecting and merging them, handed to
 * {@link Review}.
 */
@Controller
class ReviewController {

	private final Review review;

	private final EntityReads entities;

	private final PageSizes pageSizes;

	ReviewController(Review review, EntityReads entities, PageSizes pageSizes) {
		this.review = review;
		this.entities = entities;
		this.pageSizes = pageSizes;
	}

	record ProposalEdge(String cursor, Review.Proposal node) {
	}

	record ProposalConnection(List<ProposalEdge> edges, List<Review.Proposal> nodes, PageInfo pageInfo,
			int totalCount) {
	}

	record ProposalPayload(Review.Proposal proposal, Entity entity, Relationship relationship, Fact fact) {
	}

	record AcceptProposalsPayload(List<ProposalPayload> accepted) {
	}

	@PreAuthorize(Editors.EDITOR)
	@QueryMapping
	ProposalConnection proposals(@Argument String source, @Argument Review.Status status, @Argument Review.Kind kind,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		Review.Page page = this.review.proposals(source, status, kind, this.pageSizes.paging(first, after, env));
		Paging paging = page.paging();
		List<Review.Proposal> proposals = page.proposals();
		List<ProposalEdge> edges = new ArrayList<>();
		for (int i = 0; i < proposals.size(); i++) {
			edges.add(new ProposalEdge(paging.cursorAt(i, proposals.get(i).id()), proposals.get(i)));
		}
		return new ProposalConnection(edges, proposals,
				paging.pageInfo(proposals.stream().map(Review.Proposal::id).toList(), page.total()),
				(int) page.total());
	}

	@PreAuthorize(Editors.EDITOR)
	@MutationMapping
	ProposalPayload acceptProposal(@Argument Inputs.AcceptProposalInput input) {
		return payloads(List.of(this.review.accept(input, Editors.actor()))).get(0);
	}

	@PreAuthorize(Editors.EDITOR)
	@MutationMapping
	AcceptProposalsPayload acceptProposals(@Argument List<String> ids) {
		return new AcceptProposalsPayload(payloads(this.review.acceptAll(ids, Editors.actor())));
	}

	@PreAuthorize(Editors.EDITOR)
	@MutationMapping
	ProposalPayload rejectProposal(@Argument Inputs.RejectProposalInput input) {
		return payloads(List.of(this.review.reject(input.id(), input.reason(), Editors.actor()))).get(0);
	}

	@PreAuthorize(Editors.EDITOR)
	@MutationMapping
	ProposalPayload mergeCandidate(@Argument Inputs.MergeCandidateInput input) {
		return payloads(List
			.of(this.review.merge(input.id(), input.into(), Boolean.TRUE.equals(input.addAlias()), Editors.actor())))
			.get(0);
	}

	/** The reviewed proposals with the records they name, read in one batch each. */
	private List<ProposalPayload> payloads(List<Review.Reviewed> reviewed) {
		var entities = this.entities
			.entities(reviewed.stream().map(Review.Reviewed::entity).filter((id) -> id != null).toList());
		var relationships = this.entities
			.relationships(reviewed.stream().map(Review.Reviewed::relationship).filter((id) -> id != null).toList());
		var facts = this.entities
			.facts(reviewed.stream().map(Review.Reviewed::fact).filter((id) -> id != null).toList());
		return reviewed.stream()
			.map((r) -> new ProposalPayload(r.proposal(), (r.entity() != null) ? entities.get(r.entity()) : null,
					(r.relationship() != null) ? relationships.get(r.relationship()) : null,
					(r.fact() != null) ? facts.get(r.fact()) : null))
			.toList();
	}

}
