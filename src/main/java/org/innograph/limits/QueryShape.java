package org.innograph.limits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;

/**
 * The size of a query, read from its document and variables alone: depth, aliases, the largest
 * {@code first}, and the nodes it may return (each paged field's {@code first} times the {@code first}
 * of the fields around it, the way big public GraphQL APIs count). Fields that page but are not given
 * {@code first} count with their schema default.
 */
public record QueryShape(int depth, int aliases, long nodes, long largestFirst, boolean mutation) {

	/** Fields with a {@code first} argument and its default; {@code nodes(ids:)} counts its ids. */
	public interface PageSizes {

		/** The default {@code first} of a field, or null when the field does not page. */
		Integer defaultFirst(String fieldName);

	}

	/** Fragments nested deeper than this are refused as a shape, whatever the other limits. */
	private static final int MAX_WALK_DEPTH = 64;

	public static QueryShape of(Document document, String operationName, Map<String, Object> variables,
			PageSizes pageSizes) {
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		OperationDefinition operation = null;
		for (var definition : document.getDefinitions()) {
			if (definition instanceof FragmentDefinition fragment) {
				fragments.put(fragment.getName(), fragment);
			}
			else if (definition instanceof OperationDefinition candidate) {
				if (operation == null || (operationName != null && operationName.equals(candidate.getName()))) {
					operation = candidate;
				}
			}
		}
		if (operation == null) {
			return new QueryShape(0, 0, 0, 0, false);
		}
		Walk walk = new Walk(fragments, (variables != null) ? variables : Map.of(), pageSizes);
		walk.selections(operation.getSelectionSet(), 1, 1);
		return new QueryShape(walk.depth, walk.aliases, walk.nodes, walk.largestFirst,
				operation.getOperation() == OperationDefinition.Operation.MUTATION);
	}

	private static final class Walk {

		final Map<String, FragmentDefinition> fragments;

		final Map<String, Object> variables;

		final PageSizes pageSizes;

		int depth;

		int aliases;

		long nodes;

		long largestFirst;

		Walk(Map<String, FragmentDefinition> fragments, Map<String, Object> variables, PageSizes pageSizes) {
			this.fragments = fragments;
			this.variables = variables;
			this.pageSizes = pageSizes;
		}

		void selections(SelectionSet set, int level, long multiplier) {
			if (set == null) {
				return;
			}
			if (level > MAX_WALK_DEPTH) {
				this.depth = Math.max(this.depth, level);
				return;
			}
			for (Selection<?> selection : set.getSelections()) {
				if (selection instanceof Field field) {
					field(field, level, multiplier);
				}
				else if (selection instanceof InlineFragment inline) {
					selections(inline.getSelectionSet(), level, multiplier);
				}
				else if (selection instanceof FragmentSpread spread) {
					FragmentDefinition fragment = this.fragments.get(spread.getName());
					if (fragment != null) {
						selections(fragment.getSelectionSet(), level, multiplier);
					}
				}
			}
		}

		void field(Field field, int level, long multiplier) {
			this.depth = Math.max(this.depth, level);
			if (field.getAlias() != null) {
				this.aliases++;
			}
			long own = pageSize(field);
			long inner = multiplier;
			if (own > 0) {
				inner = saturatedMultiply(multiplier, own);
				this.nodes = saturatedAdd(this.nodes, inner);
			}
			selections(field.getSelectionSet(), level + 1, inner);
		}

		long pageSize(Field field) {
			if (field.getName().equals("nodes") && argument(field, "ids") instanceof List<?> ids) {
				return ids.size();
			}
			Integer defaultFirst = this.pageSizes.defaultFirst(field.getName());
			if (defaultFirst == null) {
				return 0;
			}
			Object first = argument(field, "first");
			long size = (first instanceof Number number) ? number.longValue() : defaultFirst;
			this.largestFirst = Math.max(this.largestFirst, size);
			return Math.max(size, 0);
		}

		Object argument(Field field, String name) {
			for (Argument argument : field.getArguments()) {
				if (argument.getName().equals(name)) {
					return value(argument.getValue());
				}
			}
			return null;
		}

		Object value(Value<?> value) {
			if (value instanceof IntValue intValue) {
				return intValue.getValue().longValue();
			}
			if (value instanceof VariableReference reference) {
				return this.variables.get(reference.getName());
			}
			if (value instanceof ArrayValue array) {
				return array.getValues();
			}
			return null;
		}

		static long saturatedMultiply(long a, long b) {
			long result = a * b;
			return (a != 0 && (result / a != b || result < 0)) ? Long.MAX_VALUE : result;
		}

		static long saturatedAdd(long a, long b) {
			long result = a + b;
			return (result < 0) ? Long.MAX_VALUE : result;
		}

	}

}
