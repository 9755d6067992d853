package org.innograph.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.innograph.api.ApiException;
import org.innograph.api.PageInfo;
import org.innograph.api.Paging;
import org.innograph.entity.Entity;
import org.innograph.entity.EntityReads;
import org.innograph.entity.Evidence;
import org.innograph.entity.Relationship;
import org.innograph.entity.Source;
import org.innograph.limits.PageSizes;
import org.innograph.security.Editors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The editing mutations and the audit history. Every handler checks the caller's role
 * first (nothing runs for an anonymous or under-privileged caller), then hands the input
 * to {@link EditService}.
 */
@Controller
class EditController {

	private final EditService edits;

	private final SourceEdits sources;

	private final EntityReads entities;

	private final EditReads reads;

	private final History history;

	private final PageSizes pageSizes;

	EditController(EditService edits, SourceEdits sources, EntityReads entities, EditReads reads, History history,
			PageSizes pageSizes) {
		this.edits = edits;
		this.sources = sources;
		this.entities = entities;
		this.reads = reads;
		this.history = history;
		this.pageSizes = pageSizes;
	}

	record EntityPayload(Entity entity, long version) {
	}

	record RelationshipPayload(Relationship relationship, long version) {
	}

	record CreateRecordsPayload(List<Entity> entities, List<Relationship> relationships) {
	}

	record SourcePayload(Source source) {
	}

	record EvidencePayload(Evidence evidence) {
	}

	record ChangeEdge(String cursor, History.Change node) {
	}

	record ChangeConnection(List<ChangeEdge> edges, List<History.Change> nodes, PageInfo pageInfo, int totalCount) {
	}

	@PreAuthorize(Editors.EDITOR)
	@MutationMapping
	EntityPayload createEntity(@Argument Inputs.CreateEntityInput input) {
		String actor = Editors.actor();
		EditService.Written written = this.edits.create(List.of(input), List.of(), false, actor).entities().get(0);
		return new EntityPayload(entity(written.id()), written.version());
	}

	@PreAuthorize(Editors.EDITOR)
	@MutationMapping
	EntityPayload updateEntity(@Argument Inputs.UpdateEntityInput input) {
		String actor = Editors.actor();
		EditService.UpdatedEntity updated = this.edits.updateEntity(input, actor);
		return new EntityPayload(updated.entity(), updated.version());
	}

	/**
	 * The retired entity as stored (it has left default reads; the write returns it).
	 */
	@PreAuthorize(Editors.EDITOR)
	@MutationMapping
	EntityPayload retireEntity(@Argument Inputs.RetireInput input) {
		String actor = Editors.actor();
		EditService.UpdatedEntity retired = this.edits.retireEntity(input, actor);
		return new EntityPayload(retired.entity(), retired.version());
	}

	@PreAuthorize(Editors.EDITOR)
	@MutationMapping
	RelationshipPayload createRelationship(@Argument Inputs.CreateRelationshipInput input) {
		String actor = Editors.actor();
		EditService.Written written = this.edits.create(List.of(), List.of(input), false, actor).relationships().get(0);
		return new RelationshipPayload(relationship(written.id()), written.version());
	}

	@PreAuthorize(Editors.EDITOR)
	@MutationMapping
	RelationshipPayload updateRelationship(@Argument Inputs.UpdateRelationshipInput input) {
		String actor = Editors.actor();
		EditService.UpdatedRelationship updated = this.edits.updateRelationship(input, actor);
		return new RelationshipPayload(updated.relationship(), updated.version());
	}

	/** The retired relationship as stored, like a retired entity. */
	@PreAuthorize(Editors.EDITOR)
	@MutationMapping
	RelationshipPayload retireRelationship(@Argument Inputs.RetireInput input) {
		String actor = Editors.actor();
		EditService.UpdatedRelationship retired = this.edits.retireRelationship(input, actor);
		return new RelationshipPayload(retired.relationship(), retired.version());
	}

	@PreAuthorize(Editors.EDITOR)
	@MutationMapping
	CreateRecordsPayload createRecords(@Argument Inputs.CreateRecordsInput input) {
		String actor = Editors.actor();
		EditService.Created created = this.edits.create(input.entities(), input.relationships(), true, actor);
		Map<String, Entity> entities = this.entities
			.entities(created.entities().stream().map(EditService.Written::id).toList());
		Map<String, Relationship> relationships = this.entities
			.relationships(created.relationships().stream().map(EditService.Written::id).toList());
		return new CreateRecordsPayload(created.entities().stream().map((w) -> entities.get(w.id())).toList(),
				created.relationships().stream().map((w) -> relationships.get(w.id())).toList());
	}

	@PreAuthorize(Editors.ADMIN)
	@MutationMapping
	SourcePayload addSource(@Argument Inputs.AddSourceInput input) {
		String actor = Editors.actor();
		this.sources.addSource(input, actor);
		return new SourcePayload(this.entities.sources(List.of(input.id())).get(input.id()));
	}

	@PreAuthorize(Editors.EDITOR)
	@MutationMapping
	EvidencePayload addEvidence(@Argument Inputs.AddEvidenceInput input) {
		String actor = Editors.actor();
		String id = this.sources.addEvidence(input, actor);
		return new EvidencePayload(this.entities.evidence(List.of(id)).get(id));
	}

	/** The audit history of a record: editors and admins only. */
	@PreAuthorize(Editors.EDITOR)
	@QueryMapping
	ChangeConnection history(@Argument String id, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		History.Page page = this.history.of(id, this.pageSizes.paging(first, after, env));
		Paging paging = page.paging();
		List<History.Change> changes = page.changes();
		List<ChangeEdge> edges = new java.util.ArrayList<>();
		for (int i = 0; i < changes.size(); i++) {
			edges.add(new ChangeEdge(paging.cursorAt(i, changes.get(i).id()), changes.get(i)));
		}
		return new ChangeConnection(edges, changes,
				paging.pageInfo(changes.stream().map(History.Change::id).toList(), page.total()), (int) page.total());
	}

	/** Entity versions for optimistic locking, one statement per batch. */
	@BatchMapping(typeName = "Entity", field = "version")
	Map<Entity, Integer> entityVersion(List<Entity> entities) {
		Map<String, Integer> versions = this.reads.entityVersions(entities.stream().map(Entity::id).toList());
		Map<Entity, Integer> result = new HashMap<>();
		entities.forEach((entity) -> result.put(entity, versions.getOrDefault(entity.id(), 1)));
		return result;
	}

	/** Relationship versions; seeded relationships without one are at version 1. */
	@BatchMapping(typeName = "Relationship", field = "version")
	Map<Relationship, Integer> relationshipVersion(List<Relationship> relationships) {
		Map<String, Integer> versions = this.reads
			.relationshipVersions(relationships.stream().map(Relationship::id).toList());
		Map<Relationship, Integer> result = new HashMap<>();
		relationships.forEach((rel) -> result.put(rel, versions.getOrDefault(rel.id(), 1)));
		return result;
	}

	private Entity entity(String id) {
		return this.entities.entity(id).orElseThrow(() -> ApiException.notFound("No entity with the id " + id));
	}

	private Relationship relationship(String id) {
		Relationship relationship = this.entities.relationships(List.of(id)).get(id);
		if (relationship == null) {
			throw ApiException.notFound("No relationship with the id " + id);
		}
		return relationship;
	}

}
