package org.innograph.api;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;

/**
 * A GraphQL request body as the request filters read it: a JSON object whose members have
 * the types the GraphQL-over-HTTP convention gives them (variables and extensions absent
 * or objects). The filters read the body once to price it; the endpoint executes what
 * they read instead of reading it again. A body of any other shape is not kept, and the
 * framework's handler reads and answers it as it always has.
 *
 * @param query the document
 * @param operationName the operation to run, or null
 * @param variables the variables, empty when none were sent
 * @param extensions the extensions, empty when none were sent
 */
public record GraphQlBody(String query, String operationName, Map<String, Object> variables,
		Map<String, Object> extensions) {

	/** The request attribute that holds the body once the filters have read it. */
	public static final String ATTRIBUTE = GraphQlBody.class.getName();

	/** The body the filters kept for this request, or null. */
	static GraphQlBody of(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof GraphQlBody body) ? body : null;
	}

	/** The body as the framework's handler would have read it. */
	GraphQlRequest request() {
		SerializableGraphQlRequest request = new SerializableGraphQlRequest();
		request.setQuery(this.query);
		request.setOperationName(this.operationName);
		request.setVariables(this.variables);
		request.setExtensions(this.extensions);
		return request;
	}

}
