package org.innograph.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.execution.MergedField;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * Whether a selection of {@code neighbors} asks only for what a brief page carries: its
 * entities' id, kind and names, its links' id and type, the direction, the cursors and
 * the counts. Most neighbourhood queries do (a graph view draws labelled nodes); then the
 * page's statement projects those properties alone, where a full page carries eighteen
 * properties per entity and seventeen per link, which the database serialises and the
 * request maps for nothing. Anything else selected, or anything not named here, asks for
 * the full page: a field this list does not know is never answered from a brief one. Also
 * whether such a selection asks for the page's {@code totalCount}: a hub's page below the
 * first level may be read without it (EntityReads.hubLinks).
 */
final class BriefSelection {

	/**
	 * By type of the selection (the neighbours' connection, an edge, an entity, a
	 * relationship), the fields a brief page answers, and for each the type of its own
	 * selection (empty: a leaf, or a field whose whole selection a brief page answers).
	 */
	private static final Map<String, Map<String, String>> ANSWERED = Map.of("NeighborConnection",
			Map.of("totalCount", "", "pageInfo", "", "edges", "NeighborEdge", "nodes", "Entity"), "NeighborEdge",
			Map.of("cursor", "", "direction", "", "node", "Entity", "relationship", "Relationship"), "Entity",
			Map.of("id", "", "kind", "", "name", "", "neighbors", ""), "Relationship", Map.of("id", "", "type", ""));

	/** The field of a connection that gives its total. */
	private static final String TOTAL = "totalCount";

	/** Fields every type answers from what it has. */
	private static final Set<String> ANYWHERE = Set.of("__typename");

	private BriefSelection() {
	}

	/**
	 * Whether a brief page answers the selections of these {@code neighbors} fields (one
	 * page that several fields ask for), as graphql-java computed them. A nested
	 * {@code neighbors} needs only its entity's id: its own page is its own question.
	 */
	static boolean answers(List<DataFetchingFieldSelectionSet> neighbours) {
		return neighbours.stream()
			.allMatch((selection) -> answers(selection.getImmediateFields(), "NeighborConnection"));
	}

	/**
	 * {@link #answers(List)} from the query's text: what the {@code neighbors} field
	 * resolving now asks for, without having graphql-java compute its whole selection
	 * set, every level below included, for each of a three-level query's 61 pages. Every
	 * field written counts, even one a directive skips: a page is brief only when it
	 * surely may be.
	 */
	static boolean answers(MergedField neighbours, Map<String, FragmentDefinition> fragments) {
		return neighbours.getFields()
			.stream()
			.allMatch((field) -> answers(field.getSelectionSet(), "NeighborConnection", fragments));
	}

	/**
	 * Whether any of these {@code neighbors} fields asks for the page's
	 * {@code totalCount}, as graphql-java computed their selections.
	 */
	static boolean counts(List<DataFetchingFieldSelectionSet> neighbours) {
		return neighbours.stream()
			.anyMatch((selection) -> selection.getImmediateFields()
				.stream()
				.anyMatch((field) -> field.getName().equals(TOTAL)));
	}

	/**
	 * {@link #counts(List)} from the query's text, as {@link #answers(MergedField, Map)}
	 * reads it: a {@code totalCount} a directive skips counts, and so does a fragment not
	 * found, so that a page without its total is given only where none is shown.
	 */
	static boolean counts(MergedField neighbours, Map<String, FragmentDefinition> fragments) {
		return neighbours.getFields().stream().anyMatch((field) -> counts(field.getSelectionSet(), fragments));
	}

	private static boolean counts(SelectionSet selections, Map<String, FragmentDefinition> fragments) {
		if (selections == null) {
			return false;
		}
		for (Selection<?> selection : selections.getSelections()) {
			if (counts(selection, fragments)) {
				return true;
			}
		}
		return false;
	}

	private static boolean counts(Selection<?> selection, Map<String, FragmentDefinition> fragments) {
		if (selection instanceof Field field) {
			return field.getName().equals(TOTAL);
		}
		if (selection instanceof InlineFragment inline) {
			return counts(inline.getSelectionSet(), fragments);
		}
		if (selection instanceof FragmentSpread spread) {
			FragmentDefinition fragment = fragments.get(spread.getName());
			return fragment == null || counts(fragment.getSelectionSet(), fragments);
		}
		return true;
	}

	private static boolean answers(SelectionSet selections, String type, Map<String, FragmentDefinition> fragments) {
		if (selections == null) {
			return true;
		}
		for (Selection<?> selection : selections.getSelections()) {
			if (!answers(selection, type, fragments)) {
				return false;
			}
		}
		return true;
	}

	private static boolean answers(Selection<?> selection, String type, Map<String, FragmentDefinition> fragments) {
		if (selection instanceof Field field) {
			return answers(field, type, fragments);
		}
		if (selection instanceof InlineFragment inline) {
			return answers(inline.getSelectionSet(), type, fragments);
		}
		if (selection instanceof FragmentSpread spread) {
			FragmentDefinition fragment = fragments.get(spread.getName());
			return fragment != null && answers(fragment.getSelectionSet(), type, fragments);
		}
		return false;
	}

	private static boolean answers(Field field, String type, Map<String, FragmentDefinition> fragments) {
		if (ANYWHERE.contains(field.getName())) {
			return true;
		}
		String below = ANSWERED.get(type).get(field.getName());
		return below != null && (below.isEmpty() || answers(field.getSelectionSet(), below, fragments));
	}

	private static boolean answers(List<SelectedField> fields, String type) {
		Map<String, String> answered = ANSWERED.get(type);
		for (SelectedField field : fields) {
			if (ANYWHERE.contains(field.getName())) {
				continue;
			}
			String below = answered.get(field.getName());
			if (below == null) {
				return false;
			}
			if (!below.isEmpty() && !answers(field.getSelectionSet().getImmediateFields(), below)) {
				return false;
			}
		}
		return true;
	}

}
