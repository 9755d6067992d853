// The public GraphQL API, the only thing this page talks to.

/** Thrown when the API answers with errors and no usable data. */
export class ApiError extends Error {
	constructor(message, code) {
		super(message);
		this.code = code;
	}
}

/** Runs a query; resolves to `data`, or rejects with the first error when a field the caller needs failed. */
export async function gql(query, variables = {}) {
	const response = await fetch('/graphql', {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
		body: JSON.stringify({ query, variables }),
	});
	if (!response.ok && response.status !== 200) {
		throw new ApiError('HTTP ' + response.status, 'HTTP');
	}
	const body = await response.json();
	if (body.errors && body.errors.length > 0 && (!body.data || Object.values(body.data).every((v) => v === null))) {
		const first = body.errors[0];
		throw new ApiError(first.message, first.extensions?.code);
	}
	return body.data;
}

/** Fields of an evidence record as every view shows it. */
export const EVIDENCE = `
fragment Ev on Evidence {
  id quote locator note
  source { id documentId kind url title { ko en } publisher { ko en } published { text } }
}`;

/** Fields of an entity in lists. */
export const ENTITY_BRIEF = `
fragment Brief on Entity { id kind name { ko en } acronyms }`;

/** Fields of a relationship as lists show it, with its evidence. */
export const RELATIONSHIP = `
fragment Rel on Relationship {
  id type symmetric role roleLabel { ko en } status note
  validFrom { text } validTo { text } amount { display }
  from { ...Brief } to { ...Brief }
  evidence { ...Ev }
}
${ENTITY_BRIEF}
${EVIDENCE}`;
