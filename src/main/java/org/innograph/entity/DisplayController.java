package org.innograph.entity;

import graphql.schema.DataFetchingEnvironment;
import org.innograph.api.RequestLanguage;
import org.innograph.graph.Language;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The display strings of facts and amounts, in the language the field asks for or, when
 * it does not, the request's ({@link RequestLanguage}).
 */
@Controller
class DisplayController {

	@SchemaMapping(typeName = "Fact", field = "display")
	String factDisplay(Fact fact, @Argument Language language, DataFetchingEnvironment env) {
		return fact.display(RequestLanguage.of(language, env.getGraphQlContext()));
	}

	@SchemaMapping(typeName = "Amount", field = "display")
	String amountDisplay(Relationship.AmountView amount, @Argument Language language, DataFetchingEnvironment env) {
		return amount.display(RequestLanguage.of(language, env.getGraphQlContext()));
	}

}
