package org.innograph.limits;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The size of a query, read from its document and variables alone: depth, aliases, the
 * largest {@code first}, the nodes it may return and the records it may read. Nodes count
 * paged lists the way big public GraphQL APIs count them: each paged field's
 * {@code first} (or its schema default) times the {@code first} of the paged fields
 * around it. Records count every list and record a query can return, read against the
 * schema: a paged list by its {@code first}, any other list by its known upper bound
 * ({@link ListBounds}: an entity's facts, evidence and sources, a path's nodes and hops),
 * a single record (a relationship's {@code from} and {@code to}) as one, each times the
 * lists around it.
 * <p>
 * The walk visits each fragment once: a fragment's shape is computed the first time it is
 * spread and reused (scaled by the lists around the spread) every later time, so a
 * document whose fragments spread each other twice per level costs as many steps as it
 * has selections, not two to the power of its levels. A fragment that spreads itself,
 * directly or through others, is a {@link FragmentCycle}.
 * <p>
 * An operation whose root fields are all introspection ({@code __schema}, {@code __type},
 * {@code __typename}, by field name, never by alias) is marked {@link #introspection()}:
 * below those fields only the introspection types can be selected, so such an operation
 * reads the schema and no data, and its depth is bounded by a limit of its own (the
 * standard introspection queries of graphql-js and graphql-java nest a type reference
 * eight or nine {@code ofType} deep).
 */
public record QueryShape(int depth, int aliases, long nodes, long records, long largestFirst, boolean mutation,
		boolean introspection) {

	/** The root fields that read the schema, not the data. */
	private static final Set<String> INTROSPECTION_FIELDS = Set.of("__schema", "__type", "__typename");

	/**
	 * Fields with a {@code first} argument and its default; {@code nodes(ids:)} counts
	 * its ids.
	 */
	public interface PageSizes {

		/** The default {@code first} of a field, or null when the field does not page. */
		Integer defaultFirst(String fieldName);

	}

	/**
	 * Upper bounds of the lists that do not page. {@code facts}, {@code evidence} and
	 * {@code sources} are per record; {@code other} is every other list that neither
	 * pages nor has a bound of its own.
	 */
	public record ListBounds(int facts, int evidence, int sources, int other) {
	}

	/**
	 * A document whose fragments spread each other in a circle: refused, never walked.
	 */
	public static final class FragmentCycle extends RuntimeException {

		FragmentCycle(String fragment) {
			super("Fragment '" + fragment + "' spreads itself (directly or through other fragments); "
					+ "fragment cycles are not allowed.");
		}

	}

	/** The analysis ran past its time limit or its step limit, whichever came first. */
	public static final class TooComplex extends RuntimeException {

		TooComplex(String message) {
			super(message);
		}

	}

	/**
	 * Walks deeper than this (fields in fields, or fragments in fragments) are refused.
	 */
	private static final int MAX_WALK_DEPTH = 256;

	/**
	 * The longest path answer: {@code connections(maxHops:)} is at most 6, so 7 nodes and
	 * 6 hops.
	 */
	static final int MAX_PATH_NODES = 7;

	/**
	 * The most links one entity of an interlock shows to the shared entity (a party that
	 * also signed has two); the read stops there, so the analysis can count them by it.
	 */
	public static final int MAX_INTERLOCK_LINKS = 10;

	/**
	 * What {@code nodes(ids:)} counts when its ids are not a list (validation refuses
	 * that anyway).
	 */
	private static final int MAX_IDS = 100;

	/** Steps of the walk between two looks at the clock. */
	private static final int STEPS_PER_CLOCK_CHECK = 256;

	/**
	 * By field names alone, without the schema, and with no time limit but a step limit:
	 * for pricing a request before it is validated. Only paged fields and
	 * {@code nodes(ids:)} count as lists.
	 */
	public static QueryShape of(Document document, String operationName, Map<String, Object> variables,
			PageSizes pageSizes) {
		return of(document, operationName, variables, new ByName(pageSizes), Long.MAX_VALUE);
	}

	/**
	 * Against the schema: every list counts, by its page size or its bound. Throws
	 * {@link TooComplex} when the walk is still running at {@code deadlineNanos}
	 * ({@link System#nanoTime()}), and {@link FragmentCycle} for a fragment cycle.
	 */
	public static QueryShape of(Document document, String operationName, Map<String, Object> variables,
			GraphQLSchema schema, ListBounds bounds, long deadlineNanos) {
		return of(document, operationName, variables, new BySchema(schema, bounds), deadlineNanos);
	}

	private static QueryShape of(Document document, String operationName, Map<String, Object> variables, Fields fields,
			long deadlineNanos) {
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		OperationDefinition operation = null;
		for (var definition : document.getDefinitions()) {
			if (definition instanceof FragmentDefinition fragment) {
				fragments.putIfAbsent(fragment.getName(), fragment);
			}
			else if (definition instanceof OperationDefinition candidate) {
				if (operation == null || (operationName != null && operationName.equals(candidate.getName()))) {
					operation = candidate;
				}
			}
		}
		if (operation == null) {
			return new QueryShape(0, 0, 0, 0, 0, false, false);
		}
		Walk walk = new Walk(fragments, (variables != null) ? variables : Map.of(), fields, deadlineNanos);
		String root = fields.rootType(operation.getOperation());
		Summary summary = walk.selections(operation.getSelectionSet(), root, 0);
		return new QueryShape(summary.depth, (int) Math.min(summary.aliases, Integer.MAX_VALUE), summary.nodes,
				summary.records, walk.largestFirst, operation.getOperation() == OperationDefinition.Operation.MUTATION,
				operation.getOperation() == OperationDefinition.Operation.QUERY
						&& onlyIntrospection(operation.getSelectionSet(), fragments, new HashSet<>()));
	}

	/**
	 * Whether every root field of a selection set, through its fragments, is an
	 * introspection field by name (an alias such as {@code __type: entities} does not
	 * count), and there is at least one.
	 */
	private static boolean onlyIntrospection(SelectionSet set, Map<String, FragmentDefinition> fragments,
			Set<String> seen) {
		if (set == null || set.getSelections().isEmpty()) {
			return false;
		}
		for (Selection<?> selection : set.getSelections()) {
			boolean introspection;
			if (selection instanceof Field field) {
				introspection = INTROSPECTION_FIELDS.contains(field.getName());
			}
			else if (selection instanceof InlineFragment inline) {
				introspection = onlyIntrospection(inline.getSelectionSet(), fragments, seen);
			}
			else if (selection instanceof FragmentSpread spread) {
				FragmentDefinition fragment = fragments.get(spread.getName());
				// A fragment seen before is a cycle, which validation refuses: not
				// introspection.
				introspection = fragment != null && seen.add(spread.getName())
						&& onlyIntrospection(fragment.getSelectionSet(), fragments, seen);
			}
			else {
				introspection = false;
			}
			if (!introspection) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The shape of a selection set on its own, as if its field were one item: depth below
	 * it, aliases, and nodes (to be multiplied by the items of the lists around it). The
	 * largest {@code first} is a maximum, so the walk keeps it for the whole document.
	 */
	private record Summary(int depth, long aliases, long nodes, long records) {

		static final Summary EMPTY = new Summary(0, 0, 0, 0);

		Summary and(Summary other) {
			return new Summary(Math.max(this.depth, other.depth), saturatedAdd(this.aliases, other.aliases),
					saturatedAdd(this.nodes, other.nodes), saturatedAdd(this.records, other.records));
		}

	}

	/**
	 * How a field counts: the nodes it adds itself, how many times its selections are
	 * repeated (its items when it is a list), and the type its selections are read on.
	 */
	private record FieldInfo(long nodes, long multiplier, long records, long recordMultiplier, String type) {

		static final FieldInfo PLAIN = new FieldInfo(0, 1, 0, 1, null);

		/** A paged list: its items are nodes and records. */
		static FieldInfo list(long items, String type) {
			return new FieldInfo(items, items, items, items, type);
		}

		/** A list that does not page, or a single record: records only. */
		static FieldInfo records(long items, String type) {
			return new FieldInfo(0, 1, items, Math.max(items, 1), type);
		}

	}

	/** What the walk needs to know about fields: by name alone, or from the schema. */
	private interface Fields {

		String rootType(OperationDefinition.Operation operation);

		/** How {@code field} (on {@code parentType}, null when unknown) counts. */
		FieldInfo field(String parentType, Field field, Walk walk);

	}

	private static final class Walk {

		final Map<String, FragmentDefinition> fragments;

		final Map<String, Object> variables;

		final Fields fields;

		final long deadlineNanos;

		/**
		 * Each fragment's shape, computed once (a fragment's type condition fixes what it
		 * is read on).
		 */
		final Map<String, Summary> done = new HashMap<>();

		final Set<String> inProgress = new HashSet<>();

		long steps;

		long largestFirst;

		Walk(Map<String, FragmentDefinition> fragments, Map<String, Object> variables, Fields fields,
				long deadlineNanos) {
			this.fragments = fragments;
			this.variables = variables;
			this.fields = fields;
			this.deadlineNanos = deadlineNanos;
		}

		Summary selections(SelectionSet set, String type, int nesting) {
			if (set == null) {
				return Summary.EMPTY;
			}
			if (nesting > MAX_WALK_DEPTH) {
				throw new TooComplex("The query nests fields or fragments more than " + MAX_WALK_DEPTH + " levels.");
			}
			Summary summary = Summary.EMPTY;
			for (Selection<?> selection : set.getSelections()) {
				step();
				if (selection instanceof Field field) {
					summary = summary.and(field(field, type, nesting));
				}
				else if (selection instanceof InlineFragment inline) {
					String inner = (inline.getTypeCondition() != null) ? inline.getTypeCondition().getName() : type;
					summary = summary.and(selections(inline.getSelectionSet(), inner, nesting + 1));
				}
				else if (selection instanceof FragmentSpread spread) {
					summary = summary.and(fragment(spread.getName(), nesting));
				}
			}
			return summary;
		}

		Summary fragment(String name, int nesting) {
			Summary known = this.done.get(name);
			if (known != null) {
				return known;
			}
			FragmentDefinition fragment = this.fragments.get(name);
			if (fragment == null) {
				return Summary.EMPTY; // validation answers for an unknown fragment
			}
			if (!this.inProgress.add(name)) {
				throw new FragmentCycle(name);
			}
			Summary summary = selections(fragment.getSelectionSet(), fragment.getTypeCondition().getName(),
					nesting + 1);
			this.inProgress.remove(name);
			this.done.put(name, summary);
			return summary;
		}

		Summary field(Field field, String parentType, int nesting) {
			FieldInfo info = this.fields.field(parentType, field, this);
			Summary inner = selections(field.getSelectionSet(), info.type(), nesting + 1);
			long nodes = saturatedAdd(info.nodes(), saturatedMultiply(info.multiplier(), inner.nodes()));
			long records = saturatedAdd(info.records(), saturatedMultiply(info.recordMultiplier(), inner.records()));
			return new Summary(inner.depth() + 1, saturatedAdd((field.getAlias() != null) ? 1 : 0, inner.aliases()),
					nodes, records);
		}

		void step() {
			this.steps++;
			if (this.steps % STEPS_PER_CLOCK_CHECK == 0 && System.nanoTime() - this.deadlineNanos > 0) {
				throw new TooComplex("The query took too long to analyse.");
			}
		}

		/**
		 * The page size a paged field asks for: its {@code first}, else its default. Only
		 * a {@code first} the client gave is noted as largest: a field's default page is
		 * cut to the configured largest page when that is smaller (limits.PageSizes), so
		 * a setting below a default must not refuse the field left at it.
		 */
		long first(Field field, int defaultFirst) {
			if (argument(field, "first") instanceof Number asked) {
				this.largestFirst = Math.max(this.largestFirst, asked.longValue());
				return Math.max(asked.longValue(), 0);
			}
			return defaultFirst;
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

	}

	/** Field names only: the paged fields the caller names, and {@code nodes(ids:)}. */
	private record ByName(PageSizes pageSizes) implements Fields {

		@Override
		public String rootType(OperationDefinition.Operation operation) {
			return null;
		}

		@Override
		public FieldInfo field(String parentType, Field field, Walk walk) {
			if (field.getName().equals("nodes") && walk.argument(field, "ids") instanceof List<?> ids) {
				return FieldInfo.list(ids.size(), null);
			}
			Integer defaultFirst = this.pageSizes.defaultFirst(field.getName());
			return (defaultFirst != null) ? FieldInfo.list(walk.first(field, defaultFirst), null) : FieldInfo.PLAIN;
		}

	}

	/**
	 * From the schema: a field with {@code first} pages; {@code Query.nodes} returns one
	 * item per id; the {@code edges} and {@code nodes} of a connection are the items its
	 * {@code first} already counted; other lists count by their bound; a single record (a
	 * type with an id) counts as one node, except an edge's {@code node}, which is the
	 * edge's item.
	 */
	private record BySchema(GraphQLSchema schema, ListBounds bounds) implements Fields {

		@Override
		public String rootType(OperationDefinition.Operation operation) {
			GraphQLObjectType root = switch (operation) {
				case MUTATION -> this.schema.getMutationType();
				case SUBSCRIPTION -> this.schema.getSubscriptionType();
				default -> this.schema.getQueryType();
			};
			return (root != null) ? root.getName() : null;
		}

		@Override
		public FieldInfo field(String parentType, Field field, Walk walk) {
			GraphQLFieldDefinition definition = definition(parentType, field.getName());
			if (definition == null) {
				return FieldInfo.PLAIN; // __typename, introspection, or a field
										// validation refuses
			}
			GraphQLOutputType type = definition.getType();
			GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(type);
			String typeName = (unwrapped instanceof GraphQLNamedType named) ? named.getName() : null;
			boolean composite = unwrapped instanceof GraphQLFieldsContainer;
			GraphQLArgument first = definition.getArgument("first");
			if (first != null) {
				return FieldInfo.list(walk.first(field, DefaultPages.of(first)), typeName);
			}
			if (field.getName().equals("nodes") && parentType.equals(rootType(OperationDefinition.Operation.QUERY))) {
				Object ids = walk.argument(field, "ids");
				return FieldInfo.list((ids instanceof List<?> list) ? list.size() : MAX_IDS, typeName);
			}
			if (!composite) {
				return FieldInfo.PLAIN; // scalars and enums, lists of them included:
										// bytes, not nodes
			}
			if (GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList) {
				// A connection's edges and nodes, a report's paths and the buckets of
				// counts are the items its 'first' counted already.
				return isPage(parentType) ? new FieldInfo(0, 1, 0, 1, typeName)
						: FieldInfo.records(bound(parentType, field.getName()), typeName);
			}
			boolean record = isRecord(unwrapped) && !(parentType.endsWith("Edge") && field.getName().equals("node"));
			return FieldInfo.records(record ? 1 : 0, typeName);
		}

		/**
		 * A type returned by a field with {@code first}, whose list holds the items that
		 * {@code first} counted: a connection's edges, a report's paths, the buckets of
		 * {@code counts}.
		 */
		private static boolean isPage(String type) {
			return type.endsWith("Connection") || type.equals("ConnectionReport") || type.equals("Counts");
		}

		private long bound(String parentType, String field) {
			return switch (field) {
				case "facts" -> this.bounds.facts();
				case "evidence" -> this.bounds.evidence();
				case "sources" -> parentType.equals("Entity") ? this.bounds.sources() : this.bounds.other();
				case "nodes" -> parentType.equals("Path") ? MAX_PATH_NODES : this.bounds.other();
				case "hops" -> parentType.equals("Path") ? MAX_PATH_NODES - 1 : this.bounds.other();
				case "links" -> parentType.startsWith("Interlock") ? MAX_INTERLOCK_LINKS : this.bounds.other();
				default -> this.bounds.other();
			};
		}

		private GraphQLFieldDefinition definition(String parentType, String name) {
			if (parentType == null || name.startsWith("__")) {
				return null;
			}
			return (this.schema.getType(parentType) instanceof GraphQLFieldsContainer container)
					? container.getFieldDefinition(name) : null;
		}

		/**
		 * A type with an id: something read from the database, not a value inside one.
		 */
		private static boolean isRecord(GraphQLType type) {
			return (type instanceof GraphQLObjectType object && object.getFieldDefinition("id") != null)
					|| type instanceof GraphQLInterfaceType;
		}

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
