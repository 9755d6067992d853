package org.innograph.entity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingEnvironment;
import org.innograph.api.ApiException;
import org.innograph.api.ArgumentDefaults;
import org.innograph.api.RequestLanguage;
import org.innograph.graph.Basis;
import org.innograph.graph.DisplayText;
import org.innograph.graph.EntityKind;
import org.innograph.graph.Language;
import org.innograph.limits.DefaultPages;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code amounts}: sums of money facts over the entities a filter matches, with the
 * filters of {@code entities} and {@code counts} and the rules of {@link AmountSums}.
 */
@Controller
class AmountController {

	/** The longest money key asked for; the seed's are a few words. */
	private static final int MAX_KEY_LENGTH = 100;

	/** The most fact ids, facts or left-out amounts one list answers. */
	private static final int MAX_LIST = 100;

	private final EntityReads reads;

	private final AmountReads amountReads;

	private final EntityFilters filters;

	AmountController(EntityReads reads, AmountReads amountReads) {
		this.reads = reads;
		this.amountReads = amountReads;
		this.filters = new EntityFilters(reads);
	}

	@QueryMapping
	Amounts amounts(@Argument String key, @Argument String groupBy, @Argument List<Basis> factBasis,
			@Argument Boolean exactOnly, DataFetchingEnvironment env) {
		if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
			throw ApiException.badRequest("'key' is a fact key of 1 to " + MAX_KEY_LENGTH + " characters");
		}
		EntityReads.ListFilter filter = this.filters.of(env.getArguments());
		AmountSums.Group group = AmountSums.Group
			.valueOf(ArgumentDefaults.orDefault(groupBy, "groupBy", String.class, env));
		List<AmountSums.Row> rows = this.amountReads.facts(filter, AmountSums.keysRead(key), group.entityGroup);
		if (factBasis != null && !factBasis.isEmpty()) {
			// Filtered here rather than in Cypher: a fact stored without a basis reads as
			// STATED.
			rows = rows.stream().filter((row) -> factBasis.contains(row.fact().basis())).toList();
		}
		if (group == AmountSums.Group.KIND) {
			rows = rows.stream()
				.map((row) -> new AmountSums.Row(row.fact(), row.entity(),
						row.groupKeys().stream().map((label) -> EntityKind.ofLabel(label).apiName()).toList()))
				.toList();
		}
		return AmountSums.sum(rows, key, group, Boolean.TRUE.equals(exactOnly), keyEntities(rows, group));
	}

	@SchemaMapping(typeName = "Amounts", field = "notAdded")
	List<Amounts.NotAdded> notAdded(Amounts amounts, @Argument Integer first, DataFetchingEnvironment env) {
		return amounts.notAdded()
			.subList(0, Math.min(bounded("first", DefaultPages.orDefault(first, env)), amounts.notAdded().size()));
	}

	@SchemaMapping(typeName = "AmountSum", field = "won")
	double won(Amounts.Sum sum) {
		return sum.won().doubleValue();
	}

	@SchemaMapping(typeName = "AmountSum", field = "factIds")
	List<String> factIds(Amounts.Sum sum, @Argument Integer first, DataFetchingEnvironment env) {
		return sum.facts().stream().limit(bounded("first", DefaultPages.orDefault(first, env))).map(Fact::id).toList();
	}

	@SchemaMapping(typeName = "AmountSum", field = "facts")
	List<Fact> facts(Amounts.Sum sum, @Argument Integer first, DataFetchingEnvironment env) {
		return sum.facts().stream().limit(bounded("first", DefaultPages.orDefault(first, env))).toList();
	}

	@SchemaMapping(typeName = "AmountSum", field = "display")
	String display(Amounts.Sum sum, @Argument Language language, DataFetchingEnvironment env) {
		return DisplayText.money(sum.won(), sum.approximate(), RequestLanguage.of(language, env.getGraphQlContext()));
	}

	@SchemaMapping(typeName = "UnaddedAmount", field = "explanation")
	String explanation(Amounts.NotAdded item, @Argument Language language, DataFetchingEnvironment env) {
		return AmountTexts.explanation(item, RequestLanguage.of(language, env.getGraphQlContext()));
	}

	/** The entities that bucket keys of a grouping by region, owner … name. */
	private Map<String, Entity> keyEntities(List<AmountSums.Row> rows, AmountSums.Group group) {
		boolean entityKeys = switch (group) {
			case REGION, SECTOR, OWNER, PARENT -> true;
			default -> false;
		};
		if (!entityKeys) {
			return Map.of();
		}
		Set<String> ids = new LinkedHashSet<>();
		rows.forEach((row) -> ids.addAll(row.groupKeys()));
		return ids.isEmpty() ? Map.of() : this.reads.entities(ids);
	}

	private static int bounded(String argument, Integer value) {
		if (value == null || value < 1 || value > MAX_LIST) {
			throw ApiException.badRequest("'" + argument + "' must be 1 to " + MAX_LIST + ", was " + value);
		}
		return value;
	}

}
