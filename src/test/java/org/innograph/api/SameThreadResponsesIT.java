package org.innograph.api;

import org.innograph.support.IntegrationTest;
import org.innograph.support.Prepared;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The service's queries read the database on the request's thread, so their answers are
 * ready when the handler returns and are written without an asynchronous dispatch: a
 * query of the seed through the application's own handler and data fetchers.
 */
@IntegrationTest
class SameThreadResponsesIT {

	@Autowired
	WebApplicationContext context;

	@Test
	void aQueryOfTheGraphIsAnsweredOnTheRequestsThread() throws Exception {
		Prepared.await(this.context);
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).build();

		mvc.perform(
				post("/graphql").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content("""
						{"query": "{ entity(key: \\"org:kaist\\") { id neighbors(first: 2) { totalCount } } }"}"""))
			.andExpect(request().asyncNotStarted())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.data.entity.id").value("org:kaist"))
			.andExpect(jsonPath("$.data.entity.neighbors.totalCount").isNumber());
	}

}
