package org.innograph.limits;

import graphql.schema.DataFetchingEnvironment;
import org.innograph.api.Paging;

import org.springframework.stereotype.Component;

/**
 * Page requests checked against the configured largest page
 * ({@code innograph.limits.max-page-size}), the bound {@link QueryLimits} applies to the
 * whole document before it runs: one setting rules both, raised or lowered. A field left
 * without {@code first}, or given null, gives its schema default page, or the largest
 * page when that is smaller ({@link DefaultPages}).
 */
@Component
public class PageSizes {

	private final int max;

	PageSizes(LimitsProperties limits) {
		this.max = limits.maxPageSize();
	}

	/**
	 * A validated page request of the list {@code env} asks for, a field of the query
	 * root.
	 */
	public Paging paging(Integer first, String after, DataFetchingEnvironment env) {
		return paging(first, after, env, null);
	}

	/**
	 * A validated page request of the list {@code env} asks for on the object with id
	 * {@code owner} (an entity's relationships): a cursor continues only the list of the
	 * same field, owner and arguments.
	 */
	public Paging paging(Integer first, String after, DataFetchingEnvironment env, String owner) {
		String field = env.getExecutionStepInfo().getObjectType().getName() + "." + env.getField().getName();
		return Paging.of(DefaultPages.asked(first, env), after, this.max,
				Paging.listOf(field, owner, env.getArguments()), DefaultPages.of(env));
	}

	/**
	 * A validated page request: {@code first} between 1 and the configured largest page,
	 * {@code after} a cursor of the list {@code list}.
	 */
	public Paging paging(Integer first, String after, String list) {
		return Paging.of(first, after, this.max, list);
	}

}
