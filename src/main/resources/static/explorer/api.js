// The public GraphQL API, the only thing this page talks to.

import { lang } from './i18n.js';
import { token } from './session.js';

/** Thrown when the API answers with errors and no usable data. */
export class ApiError extends Error {
	constructor(message, code, extensions = {}) {
		super(message);
		this.code = code;
		this.extensions = extensions || {};
	}
}

/** The longest wait, in seconds, before asking again after a 429; longer waits are reported instead. */
const MAX_RETRY_WAIT = 15;

/**
 * Runs a query; resolves to `data`, or rejects with the first error when a field the caller needs failed.
 * With { auth: true } the editor's token goes with it (to this service's own /graphql only; public reads never
 * carry it, so a revoked token cannot break them).
 */
export async function gql(query, variables = {}, options = {}) {
	// The interface language asks for display strings (amounts, units) in that language.
	const headers = { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': lang() };
	const editorToken = options.auth ? token() : null;
	if (editorToken) {
		headers.Authorization = 'Bearer ' + editorToken;
	}
	const { response, body } = await fetchJson('/graphql', {
		method: 'POST',
		headers,
		// A token is never sent anywhere but this origin, whatever a redirect says.
		credentials: 'same-origin',
		redirect: editorToken ? 'error' : 'follow',
		body: JSON.stringify({ query, variables }),
	});
	if (!response.ok && !(body && body.data)) {
		throw refusal(response, body);
	}
	if (body.errors && body.errors.length > 0 && (!body.data || Object.values(body.data).every((v) => v === null))) {
		const first = body.errors[0];
		throw new ApiError(first.message, first.extensions?.code, first.extensions);
	}
	return body.data;
}

/**
 * Fetches a JSON answer of this service (a query, an export). Rate limited with a short Retry-After, it waits
 * and asks again (twice at most): a person clicking around should not see an error for a short wait. An
 * answer that is not JSON rejects with an ApiError.
 */
export async function fetchJson(url, init = {}) {
	let response;
	for (let attempt = 0; ; attempt++) {
		response = await fetch(url, init);
		const wait = parseInt(response.headers.get('Retry-After') || '', 10);
		if (response.status !== 429 || attempt >= 2 || !(wait > 0 && wait <= MAX_RETRY_WAIT)) {
			break;
		}
		await new Promise((resolve) => setTimeout(resolve, wait * 1000));
	}
	try {
		return { response, body: await response.json() };
	}
	catch (e) {
		throw new ApiError('HTTP ' + response.status, 'HTTP');
	}
}

/** The error a refused request answers with (limits answer GraphQL-shaped errors that say what to do). */
export function refusal(response, body) {
	const first = body && body.errors && body.errors[0];
	return new ApiError(first ? first.message : 'HTTP ' + response.status, first?.extensions?.code || 'HTTP');
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
  id type symmetric role roleLabel { ko en } status basis note
  validFrom { text } validTo { text } statedOn { text } amount { display }
  from { ...Brief } to { ...Brief }
  evidence { ...Ev }
}
${ENTITY_BRIEF}
${EVIDENCE}`;
