// The editors' views, behind a bearer token (session.js):
//   #/review               sign-in, ingesting a plain text, opening a document's review
//   #/review/<source id>   the document's text beside its proposals (?status=PROPOSED&kind=RELATIONSHIP):
//                          accept, correct and accept, reject, merge a candidate, accept several at once
// Proposals are not public: every call about them carries the token; the document's text is a public read.

import { gql, ENTITY_BRIEF } from './api.js';
import { h, fill } from './dom.js';
import { t, kindLabel, typeLabel, roleLabel, factKeyLabel, sourceKindLabel, pick, KIND_NAMES, TYPE_NAMES } from './i18n.js';
import { FACT_KEYS } from './vocabulary.js';
import { link, basisBadge, viewHeading, loading, notFoundMessage, errorMessage, locatorLines, cssId, bothNames } from './components.js';
import { sourceRecord, openText } from './source.js';
import { token, cleanToken, signIn, signOut, tokenHint, MAX_TOKEN_LENGTH } from './session.js';

/** The most proposals one bulk acceptance takes (the API's bound). */
const MAX_BULK = 100;

/** Proposals per page (the API allows up to 100). */
const PAGE = 50;

/** The largest file this page reads; the service's body limit (100 kB by default) answers for the rest. */
const MAX_FILE_BYTES = 1024 * 1024;

/** The prefix of a new entity's id, by kind (README: ids). */
const PREFIXES = {
	ORGANIZATION: 'org', PERSON: 'person', REGION: 'region', CLUSTER: 'cluster', INDUSTRIAL_COMPLEX: 'complex',
	COUNCIL: 'council', AGREEMENT: 'agreement', PROGRAM: 'program', PLAN: 'plan', PLAN_ITEM: 'item', EVENT: 'event',
	SECTOR: 'sector', FACILITY: 'facility', LAW: 'law',
};

const STATUSES = ['PROPOSED', 'ACCEPTED', 'CORRECTED', 'REJECTED', 'MERGED'];

const KINDS = ['ENTITY', 'RELATIONSHIP', 'FACT'];

const SOURCE_KINDS = ['PRESS_RELEASE', 'PLAN', 'REPORT', 'LAW', 'WEB_PAGE'];

const SOURCE_ID = /^doc:[0-9]{3}$/;

const PROPOSAL = `
fragment P on Proposal { id kind status basis quote locator confidence rule claim record reviewedBy reason }`;

const PROPOSALS = `query Proposals($source: ID!, $status: ProposalStatus, $kind: ProposalKind, $first: Int, $after: String) {
  proposals(source: $source, status: $status, kind: $kind, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ...P }
  }
}
${PROPOSAL}`;

/** An editor's question about nothing in particular: answers only to an editor's or admin's token. */
const CHECK = `query Check { proposals(source: "doc:000", first: 1) { totalCount } }`;

const ACCEPT = `mutation Accept($input: AcceptProposalInput!) { acceptProposal(input: $input) { proposal { ...P } } }
${PROPOSAL}`;

const ACCEPT_ALL = `mutation AcceptAll($ids: [ID!]!) { acceptProposals(ids: $ids) { accepted { proposal { ...P } } } }
${PROPOSAL}`;

const REJECT = `mutation Reject($input: RejectProposalInput!) { rejectProposal(input: $input) { proposal { ...P } } }
${PROPOSAL}`;

const MERGE = `mutation Merge($input: MergeCandidateInput!) { mergeCandidate(input: $input) { proposal { ...P } } }
${PROPOSAL}`;

const INGEST = `mutation Ingest($input: IngestDocumentInput!) {
  ingestDocument(input: $input) { source { id } proposalsCreated }
}`;

const SEARCH = `query Pick($text: String!) { search(text: $text, first: 8) { nodes { ...Brief } } }
${ENTITY_BRIEF}`;

export async function render(main, route) {
	if (!token()) {
		return signInView(main, route, null);
	}
	if (route.args.length === 0) {
		return desk(main);
	}
	return reviewView(main, route.args.join('/'), route.params);
}

// ---------------------------------------------------------------- signing in

/** The sign-in form, with why it is shown (an error of the API, in words) when there is a reason. */
function signInView(main, route, error) {
	const input = h('input', {
		id: 'signin-token', name: 'token', type: 'password', autocomplete: 'off', spellcheck: 'false',
		maxlength: String(MAX_TOKEN_LENGTH + 10), required: true,
	});
	const message = h('div', { class: 'form-message', id: 'signin-message', role: 'status' },
		error ? apiError(error) : (route.args.length > 0 ? h('p', {}, t('signin.needed')) : null));
	const form = h('form', { class: 'card editor-form signin-form', id: 'signin-form', onsubmit: async (event) => {
		event.preventDefault();
		const value = cleanToken(input.value);
		if (!value) {
			fill(message, h('p', { class: 'error' }, t('signin.bad')));
			return;
		}
		if (!signIn(value)) {
			fill(message, h('p', { class: 'error' }, t('signin.storage')));
			return;
		}
		fill(message, h('p', {}, t('signin.checking')));
		try {
			await gql(CHECK, {}, { auth: true });
		}
		catch (failure) {
			signOut();
			fill(message, apiError(failure));
			return;
		}
		input.value = '';
		rerender();
	} },
	h('label', { for: 'signin-token' }, t('signin.label')), input,
	h('button', { type: 'submit', id: 'signin-button' }, t('signin.button')),
	message);
	fill(main,
		viewHeading(t('signin.title')),
		h('p', {}, t('signin.intro')),
		form,
		h('p', { class: 'muted' }, t('signin.how')));
}

/** Who is signed in, and the way out. */
function signedInBar() {
	return h('p', { class: 'signed-in', id: 'signed-in' },
		h('span', {}, t('signin.signedIn', { hint: tokenHint() })), ' ',
		h('button', { type: 'button', class: 'secondary', id: 'signout-button', onclick: () => {
			signOut();
			rerender();
		} }, t('signin.signOut')));
}

function rerender() {
	window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/**
 * An error of the API in the editor's words, chosen by its code, with the service's own message (which names
 * the field and the rule) and its field errors beside it.
 */
function apiError(error) {
	const code = error && error.code;
	let text = t('review.error.' + code);
	if (!code || text === 'review.error.' + code) {
		text = t('review.error.other');
	}
	const fields = (error && error.extensions && Array.isArray(error.extensions.fieldErrors)) ? error.extensions.fieldErrors : [];
	return h('div', { class: 'error-box action-error', 'data-code': code || '' },
		h('p', { class: 'error', role: 'alert' }, text),
		error && error.message ? h('p', { class: 'api-message' }, t('review.apiSays', { message: error.message })) : null,
		fields.length > 0 ? h('ul', { class: 'field-errors' },
			fields.slice(0, 20).map((f) => h('li', {}, h('code', {}, String(f.field)), ': ', String(f.message)))) : null);
}

// ---------------------------------------------------------------- the desk: ingest, open

function desk(main) {
	fill(main,
		viewHeading(t('desk.title')),
		signedInBar(),
		h('p', {}, t('desk.intro')),
		openForm(),
		ingestForm());
}

function openForm() {
	const input = h('input', { id: 'open-id', type: 'text', maxlength: '20', placeholder: 'doc:005', required: true });
	const message = h('div', { class: 'form-message', role: 'status' });
	return h('form', { class: 'card editor-form open-form', id: 'open-form', onsubmit: (event) => {
		event.preventDefault();
		const id = input.value.trim();
		if (!SOURCE_ID.test(id)) {
			fill(message, h('p', { class: 'error' }, t('open.bad')));
			return;
		}
		window.location.hash = link('review', [id]);
	} },
	h('h2', {}, t('open.title')),
	field('open-id', t('open.id'), input),
	h('button', { type: 'submit' }, t('open.button')),
	message);
}

function ingestForm() {
	const text = (id, maxlength, attrs = {}) => h('input', { id, name: id, type: 'text', maxlength: String(maxlength), ...attrs });
	const inputs = {
		id: text('ingest-id', 20, { required: true, placeholder: 'doc:005' }),
		title: text('ingest-title', 300, { required: true, lang: 'ko' }),
		titleEn: text('ingest-title-en', 300, { lang: 'en' }),
		publisher: text('ingest-publisher', 300, { required: true, lang: 'ko' }),
		publisherEn: text('ingest-publisher-en', 300, { lang: 'en' }),
		published: text('ingest-published', 10, { required: true, placeholder: '2024-05-02' }),
		url: text('ingest-url', 300, { type: 'url', placeholder: 'https://…' }),
	};
	const kind = h('select', { id: 'ingest-kind' },
		SOURCE_KINDS.map((k) => h('option', { value: k }, sourceKindLabel(k))));
	const file = h('input', { id: 'ingest-file', type: 'file', accept: '.txt,text/plain' });
	const pasted = h('textarea', { id: 'ingest-text', rows: '8', lang: 'ko' });
	const message = h('div', { class: 'form-message', id: 'ingest-message', role: 'status' });
	const submit = h('button', { type: 'submit', id: 'ingest-button' }, t('ingest.submit'));
	const form = h('form', { class: 'card editor-form ingest-form', id: 'ingest-form', onsubmit: async (event) => {
		event.preventDefault();
		let body;
		try {
			body = await documentText(file, pasted);
		}
		catch (problem) {
			fill(message, h('p', { class: 'error' }, problem.message));
			return;
		}
		const input = { kind: kind.value, text: body };
		for (const [name, el] of Object.entries(inputs)) {
			const value = el.value.trim();
			if (value) {
				input[name] = value;
			}
		}
		submit.disabled = true;
		fill(message, h('p', {}, t('ingest.working')));
		try {
			const done = (await gql(INGEST, { input }, { auth: true })).ingestDocument;
			fill(message, h('p', { class: 'done' }, t('ingest.done', { id: done.source.id, n: done.proposalsCreated })));
			window.location.hash = link('review', [done.source.id]);
		}
		catch (error) {
			fill(message, apiError(error));
		}
		finally {
			submit.disabled = false;
		}
	} },
	h('h2', {}, t('ingest.title')),
	h('p', { class: 'muted' }, t('ingest.intro')),
	field('ingest-id', t('ingest.id'), inputs.id),
	field('ingest-title', t('ingest.titleKo'), inputs.title),
	field('ingest-title-en', t('ingest.titleEn'), inputs.titleEn),
	field('ingest-publisher', t('ingest.publisher'), inputs.publisher),
	field('ingest-publisher-en', t('ingest.publisherEn'), inputs.publisherEn),
	field('ingest-published', t('ingest.published'), inputs.published),
	field('ingest-kind', t('ingest.kind'), kind),
	field('ingest-url', t('ingest.url'), inputs.url),
	field('ingest-file', t('ingest.file'), file),
	field('ingest-text', t('ingest.text'), pasted),
	submit, message);
	return form;
}

/**
 * The text to send: the chosen file, read as UTF-8 (refused when it is not, or larger than this page reads),
 * else the pasted text. The service's body limit is left to the service, which says what it is.
 */
async function documentText(file, pasted) {
	const chosen = file.files && file.files[0];
	if (chosen) {
		if (chosen.size > MAX_FILE_BYTES) {
			throw new Error(t('ingest.fileTooLarge', { size: chosen.size.toLocaleString(), max: MAX_FILE_BYTES.toLocaleString() }));
		}
		try {
			return new TextDecoder('utf-8', { fatal: true }).decode(await chosen.arrayBuffer());
		}
		catch (e) {
			throw new Error(t('ingest.notText'));
		}
	}
	if (pasted.value.trim()) {
		return pasted.value;
	}
	throw new Error(t('ingest.noText'));
}

function field(id, label, control) {
	return h('p', { class: 'field' }, h('label', { for: id }, label), control);
}

// ---------------------------------------------------------------- the review

async function reviewView(main, sourceId, params) {
	const status = STATUSES.includes(params.get('status')) ? params.get('status') : 'PROPOSED';
	const kind = KINDS.includes(params.get('kind')) ? params.get('kind') : null;
	fill(main, loading());
	if (!SOURCE_ID.test(sourceId)) {
		fill(main, viewHeading(sourceId), notFoundMessage(sourceId));
		return undefined;
	}
	let source;
	let first;
	try {
		[source, first] = await Promise.all([sourceRecord(sourceId), fetchPage(sourceId, status, kind, null)]);
	}
	catch (error) {
		if (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN') {
			// A token that cannot review is of no use here: forget it and say why.
			signOut();
			return signInView(main, { args: [sourceId] }, error);
		}
		fill(main, viewHeading(sourceId), errorMessage(error));
		return undefined;
	}
	if (!source || source.__typename !== 'Source') {
		fill(main, viewHeading(sourceId), notFoundMessage(sourceId));
		return undefined;
	}
	const documentSection = h('section', { class: 'card review-document', id: 'review-document', 'aria-labelledby': 'review-document-heading' },
		h('h2', { id: 'review-document-heading' }, t('review.document'), ' ',
			h('a', { href: link('source', [source.id]), class: 'muted' }, source.id)));
	const list = h('ol', { class: 'proposals', id: 'proposals' });
	const count = h('span', { class: 'count', id: 'proposal-count' });
	const more = h('p', { class: 'more' });
	const bulk = h('div', { class: 'bulk', id: 'bulk' });
	const state = { source, status, kind, items: [], endCursor: null, hasNext: false, selected: new Set(), chosen: null,
		messages: new Map(), doc: null, list, count, more, bulk };
	fill(main,
		h('article', { class: 'review-view', 'data-source': source.id },
			h('p', { class: 'kicker' }, t('review.kicker')),
			viewHeading(...bothNames(source.title)),
			signedInBar(),
			h('div', { class: 'review-layout' },
				documentSection,
				h('section', { class: 'card review-proposals', 'aria-labelledby': 'review-proposals-heading' },
					h('h2', { id: 'review-proposals-heading' }, t('review.proposals'), ' ', count),
					filters(state),
					h('p', { class: 'muted' }, t('review.bulkNote')),
					bulk, list, more))));
	showPage(state, first, false);
	state.doc = await openText(documentSection, source, null);
	return undefined;
}

function fetchPage(source, status, kind, after, first = PAGE) {
	return gql(PROPOSALS, { source, status, kind, first, after }, { auth: true }).then((data) => data.proposals);
}

/** A page of proposals shown: added to the list (`append`), or as the whole list. */
function showPage(state, page, append) {
	if (append) {
		state.items.push(...page.nodes.filter((p) => !state.items.some((i) => i.id === p.id)));
	}
	else {
		state.items = page.nodes;
	}
	state.endCursor = page.pageInfo.endCursor;
	state.hasNext = page.pageInfo.hasNextPage;
	state.total = page.totalCount;
	redraw(state);
}

function redraw(state) {
	state.count.textContent = '(' + t('review.count', { n: state.total }) + ')';
	fill(state.list, state.items.map((p) => proposalItem(state, p)));
	if (state.items.length === 0) {
		state.list.appendChild(h('li', { class: 'muted none' }, t('review.none')));
	}
	fill(state.more, state.hasNext ? h('button', { type: 'button', class: 'secondary', id: 'proposals-more', onclick: async () => {
		try {
			showPage(state, await fetchPage(state.source.id, state.status, state.kind, state.endCursor), true);
		}
		catch (error) {
			fill(state.more, apiError(error));
		}
	} }, t('review.more')) : null);
	drawBulk(state);
}

/**
 * After a review: the proposals shown are read again (a candidate accepted or merged renames the others'
 * ends), those reviewed just now keep their place with their new status.
 */
async function refresh(state) {
	const size = Math.min(100, Math.max(PAGE, state.items.length));
	// Busy until the list is drawn again: what it shows may be out of date until then.
	state.list.setAttribute('aria-busy', 'true');
	let page;
	try {
		page = await fetchPage(state.source.id, state.status, state.kind, null, size);
	}
	finally {
		state.list.removeAttribute('aria-busy');
	}
	const fresh = new Map(page.nodes.map((p) => [p.id, p]));
	const items = state.items.map((p) => fresh.get(p.id) || p);
	for (const p of page.nodes) {
		if (!items.some((i) => i.id === p.id)) {
			items.push(p);
		}
	}
	state.items = items;
	state.endCursor = page.pageInfo.endCursor;
	state.hasNext = page.pageInfo.hasNextPage;
	state.total = page.totalCount;
	redraw(state);
}

function filters(state) {
	const status = h('select', { id: 'filter-status' },
		STATUSES.map((s) => h('option', { value: s, selected: s === state.status }, t('review.status.' + s))));
	const kind = h('select', { id: 'filter-kind' },
		h('option', { value: '' }, t('review.kind.all')),
		KINDS.map((k) => h('option', { value: k, selected: k === state.kind }, t('review.kind.' + k))));
	return h('form', { class: 'review-filters', id: 'review-filters', 'aria-label': t('review.filters'), onsubmit: (event) => {
		event.preventDefault();
		window.location.hash = link('review', [state.source.id], { status: status.value === 'PROPOSED' ? '' : status.value, kind: kind.value });
	} },
	field('filter-status', t('review.status'), status),
	field('filter-kind', t('review.kind'), kind),
	h('button', { type: 'submit', id: 'filter-apply' }, t('review.apply')));
}

function parseClaim(p) {
	try {
		return JSON.parse(p.claim) || {};
	}
	catch (e) {
		return {};
	}
}

function lineOf(p) {
	const lines = locatorLines(p.locator);
	return lines ? lines[0] : null;
}

/** One end of a proposed relationship (or a fact's subject): an entity's link, or a candidate said to be one. */
function endWords(end) {
	if (!end) {
		return '';
	}
	// A fact's subject is only a key; a relationship's end also has the name the document writes.
	const key = typeof end === 'string' ? end : end.key;
	const name = typeof end === 'string' ? null : end.name;
	if (key && key.startsWith('new:')) {
		return h('span', { class: 'claim-end candidate', lang: 'ko' }, name || key.slice('new:'.length), ' ',
			h('span', { class: 'badge candidate-badge' }, t('review.candidateEnd')));
	}
	return h('a', { class: 'claim-end', href: link('node', [key]) }, name ? [name, ' '] : null, h('code', { class: 'id' }, key));
}

/** What a proposal claims, in words. */
function claimWords(p, claim) {
	if (p.kind === 'ENTITY') {
		return h('p', { class: 'claim' },
			h('span', { class: 'claim-kind' }, t('review.newCandidate', { kind: kindLabel(claim.entityKind) })), ': ',
			h('strong', { class: 'claim-name', lang: 'ko' }, claim.name));
	}
	if (p.kind === 'RELATIONSHIP') {
		return h('p', { class: 'claim' },
			endWords(claim.from), ' ',
			h('span', { class: 'rel-type', 'data-type': claim.type }, typeLabel(claim.type, true)), ' → ',
			endWords(claim.to),
			claim.role ? h('span', { class: 'muted' }, ' · ', t('review.role', { role: roleLabel(claim.role) })) : null);
	}
	return h('p', { class: 'claim' },
		endWords(claim.subject), ' · ',
		// The pipeline's dates are under the key "date", which no curated fact has, so the seed's words lack it.
		h('span', { class: 'fact-key' }, claim.key === 'date' ? t('review.factKey.date') : factKeyLabel(claim.key)), ': ',
		h('strong', { lang: 'ko' }, factValue(claim)));
}

function proposalItem(state, p) {
	const claim = parseClaim(p);
	const line = lineOf(p);
	const domId = 'proposal-' + cssId(p.id);
	const message = h('div', { class: 'proposal-message', role: 'status' }, state.messages.get(p.id) || null);
	const slot = h('div', { class: 'proposal-form' });
	const selectable = p.status === 'PROPOSED' && p.kind === 'RELATIONSHIP';
	const item = h('li', {
		class: 'proposal' + (state.chosen === p.id ? ' selected' : ''), id: domId,
		'data-id': p.id, 'data-kind': p.kind, 'data-status': p.status, 'aria-current': state.chosen === p.id ? 'true' : undefined,
	},
	h('p', { class: 'proposal-head' },
		selectable ? h('input', {
			type: 'checkbox', class: 'bulk-select', 'aria-label': t('review.select'), checked: state.selected.has(p.id),
			onchange: (event) => {
				if (event.target.checked) {
					state.selected.add(p.id);
				}
				else {
					state.selected.delete(p.id);
				}
				drawBulk(state);
			},
		}) : null,
		h('span', { class: 'badge proposal-kind' }, t('review.kind.' + p.kind)), ' ',
		h('span', { class: 'badge proposal-status status-' + p.status.toLowerCase() }, t('review.status.' + p.status)), ' ',
		basisBadge(p.basis), ' ',
		h('span', { class: 'muted confidence' }, t('review.confidence', { p: Math.round(p.confidence * 100) }))),
	claimWords(p, claim),
	h('blockquote', { lang: 'ko', class: 'proposal-quote' },
		line ? h('button', { type: 'button', class: 'show-line', 'aria-label': t('review.show', { line }), onclick: () => choose(state, p) }, p.locator) : p.locator,
		' ', p.quote),
	reviewed(p),
	message,
	p.status === 'PROPOSED' ? actions(state, p, claim, slot, message) : null,
	slot);
	return item;
}

/** What a review did: the record written or merged into, who, why. */
function reviewed(p) {
	if (p.status === 'PROPOSED') {
		return null;
	}
	return h('p', { class: 'review-result' },
		p.record ? [t('review.record'), h('a', { href: link('node', [p.record]), class: 'record-link' }, p.record), ' '] : null,
		p.reason ? h('span', { class: 'reason' }, t('review.reason', { reason: p.reason }), ' ') : null,
		p.reviewedBy ? h('span', { class: 'muted' }, t('review.reviewedBy', { who: p.reviewedBy })) : null);
}

/** Selecting a proposal: it is marked, and its line highlighted and scrolled to in the document. */
function choose(state, p) {
	state.chosen = p.id;
	state.list.querySelectorAll('li.proposal.selected').forEach((el) => {
		el.classList.remove('selected');
		el.removeAttribute('aria-current');
	});
	const item = state.list.querySelector('li.proposal[data-id="' + p.id + '"]');
	if (item) {
		item.classList.add('selected');
		item.setAttribute('aria-current', 'true');
	}
	const line = lineOf(p);
	if (state.doc && line) {
		state.doc.goTo(line);
	}
}

function actions(state, p, claim, slot, message) {
	const button = (name, label, onclick) => h('button', { type: 'button', class: 'secondary action-' + name, 'data-action': name, onclick }, label);
	const open = (form) => {
		choose(state, p);
		fill(slot, form);
		const first = slot.querySelector('input, select, textarea');
		if (first) {
			first.focus();
		}
	};
	const buttons = [];
	if (p.kind === 'RELATIONSHIP') {
		buttons.push(button('accept', t('review.accept'), () => act(state, p, message, ACCEPT, { input: { id: p.id } })));
		buttons.push(button('correct', t('review.correct'), () => open(correctForm(state, p, claim, slot, message))));
	}
	if (p.kind === 'FACT') {
		buttons.push(button('accept', t('review.accept'), () => open(acceptFactForm(state, p, claim, slot, message))));
	}
	if (p.kind === 'ENTITY') {
		buttons.push(button('accept', t('review.accept'), () => open(acceptCandidateForm(state, p, claim, slot, message))));
		buttons.push(button('merge', t('review.merge'), () => open(mergeForm(state, p, slot, message))));
	}
	buttons.push(button('reject', t('review.reject'), () => open(rejectForm(state, p, slot, message))));
	return [
		p.kind === 'FACT' ? h('p', { class: 'muted note' }, t('review.factNote')) : null,
		p.kind === 'ENTITY' ? h('p', { class: 'muted note' }, t('review.candidateNote')) : null,
		h('p', { class: 'actions proposal-actions' }, buttons.map((b) => [b, ' ']))];
}

/**
 * Sends a review; on success the proposal shows its new status and the list is read again, on failure the
 * API's error stays next to the proposal.
 */
async function act(state, p, message, mutation, variables) {
	fill(message, h('p', {}, t('loading')));
	let done;
	try {
		const data = await gql(mutation, variables, { auth: true });
		done = Object.values(data)[0].proposal;
	}
	catch (error) {
		fill(message, apiError(error));
		return false;
	}
	state.messages.set(p.id, h('p', { class: 'done' }, t('review.done.' + done.status)));
	state.items = state.items.map((i) => (i.id === done.id ? done : i));
	state.selected.delete(p.id);
	redraw(state);
	state.list.setAttribute('aria-busy', 'true');
	try {
		await refresh(state);
	}
	catch (error) {
		fill(state.more, apiError(error));
	}
	refocus(state, p.id);
	return true;
}

/** The list was drawn again: the keyboard's place is the proposal just reviewed, not the top of the page. */
function refocus(state, id) {
	const item = state.list.querySelector('li.proposal[data-id="' + id + '"]');
	if (item) {
		item.setAttribute('tabindex', '-1');
		item.focus({ preventScroll: true });
	}
}

function formButtons(slot, submitLabel) {
	return h('p', { class: 'actions' },
		h('button', { type: 'submit', class: 'submit' }, submitLabel), ' ',
		h('button', { type: 'button', class: 'secondary', onclick: () => fill(slot) }, t('review.cancel')));
}

function formId(p, name) {
	return 'f-' + cssId(p.id) + '-' + name;
}

function acceptCandidateForm(state, p, claim, slot, message) {
	const prefix = PREFIXES[claim.entityKind] || 'org';
	const entityId = h('input', { id: formId(p, 'entity-id'), type: 'text', maxlength: '120', required: true, value: prefix + ':', spellcheck: 'false' });
	const nameEn = h('input', { id: formId(p, 'name-en'), type: 'text', maxlength: '300', required: true, lang: 'en' });
	const nameKo = h('input', { id: formId(p, 'name-ko'), type: 'text', maxlength: '300', lang: 'ko', value: claim.name || '' });
	const kind = h('select', { id: formId(p, 'entity-kind') },
		KIND_NAMES.map((k) => h('option', { value: k, selected: k === claim.entityKind }, kindLabel(k))));
	return h('form', { class: 'editor-form accept-form', onsubmit: (event) => {
		event.preventDefault();
		const input = { id: p.id, entityId: entityId.value.trim(), nameEn: nameEn.value.trim() };
		if (nameKo.value.trim() && nameKo.value.trim() !== claim.name) {
			input.name = nameKo.value.trim();
		}
		if (kind.value !== claim.entityKind) {
			input.kind = kind.value;
		}
		act(state, p, message, ACCEPT, { input });
	} },
	field(formId(p, 'entity-id'), t('review.entityId', { prefix }), entityId),
	field(formId(p, 'name-en'), t('review.nameEn'), nameEn),
	field(formId(p, 'name-ko'), t('review.nameKo'), nameKo),
	field(formId(p, 'entity-kind'), t('review.entityKind'), kind),
	formButtons(slot, t('review.submitAccept')));
}

/** The words a proposed fact's value is shown in: a date or an amount as the document writes them. */
function factValue(claim) {
	return claim.text || claim.date || (claim.value != null ? claim.value + (claim.unit ? ' ' + claim.unit : '') : '');
}

/**
 * Accepting a date or an amount: it needs a fact key, chosen from the known keys in the reader's language (the
 * proposal's guess preselected when it is one; a date's is not), and may name another entity it is about.
 */
function acceptFactForm(state, p, claim, slot, message) {
	const guess = FACT_KEYS[claim.key] ? claim.key : '';
	const keys = Object.keys(FACT_KEYS)
		.map((key) => [key, factKeyLabel(key)])
		.sort((a, b) => a[1].localeCompare(b[1]));
	const key = h('select', { id: formId(p, 'fact-key') },
		h('option', { value: '', selected: guess === '' }, t('review.factKey.choose')),
		keys.map(([k, label]) => h('option', { value: k, selected: k === guess }, label)));
	const subject = entityPicker(formId(p, 'subject'), t('review.subject'), null);
	const problem = h('p', { class: 'error', role: 'alert', hidden: true });
	return h('form', { class: 'editor-form fact-form', onsubmit: (event) => {
		event.preventDefault();
		if (!key.value) {
			problem.textContent = t('review.factKey.needed');
			problem.hidden = false;
			return;
		}
		const input = { id: p.id, factKey: key.value };
		if (subject.value()) {
			input.subject = subject.value();
		}
		act(state, p, message, ACCEPT, { input });
	} },
	h('p', { class: 'fact-value' }, t('review.factValue'), h('strong', { lang: 'ko' }, factValue(claim))),
	field(formId(p, 'fact-key'), t('review.factKey.label'), key),
	subject.element,
	problem,
	formButtons(slot, t('review.submitAccept')));
}

function correctForm(state, p, claim, slot, message) {
	const type = h('select', { id: formId(p, 'type') },
		TYPE_NAMES.map((k) => h('option', { value: k, selected: k === claim.type }, typeLabel(k, true))));
	const from = entityPicker(formId(p, 'from'), t('review.from'), claim.from);
	const to = entityPicker(formId(p, 'to'), t('review.to'), claim.to);
	const key = h('input', { id: formId(p, 'key'), type: 'text', maxlength: '40', spellcheck: 'false' });
	const problem = h('p', { class: 'error', role: 'alert', hidden: true });
	return h('form', { class: 'editor-form correct-form', onsubmit: (event) => {
		event.preventDefault();
		const input = { id: p.id };
		if (type.value !== claim.type) {
			input.type = type.value;
		}
		if (from.value()) {
			input.from = from.value();
		}
		if (to.value()) {
			input.to = to.value();
		}
		if (key.value.trim()) {
			input.key = key.value.trim();
		}
		if (Object.keys(input).length === 1) {
			problem.textContent = t('review.nothingChanged');
			problem.hidden = false;
			return;
		}
		act(state, p, message, ACCEPT, { input });
	} },
	field(formId(p, 'type'), t('review.type'), type),
	from.element, to.element,
	field(formId(p, 'key'), t('review.key'), key),
	problem,
	formButtons(slot, t('review.submitCorrect')));
}

function rejectForm(state, p, slot, message) {
	const reason = h('textarea', { id: formId(p, 'reason'), rows: '3', maxlength: '2000' });
	const problem = h('p', { class: 'error', role: 'alert', hidden: true });
	return h('form', { class: 'editor-form reject-form', onsubmit: (event) => {
		event.preventDefault();
		if (!reason.value.trim()) {
			problem.textContent = t('review.reasonRequired');
			problem.hidden = false;
			return;
		}
		act(state, p, message, REJECT, { input: { id: p.id, reason: reason.value.trim() } });
	} },
	field(formId(p, 'reason'), t('review.reasonLabel'), reason),
	problem,
	formButtons(slot, t('review.submitReject')));
}

function mergeForm(state, p, slot, message) {
	const into = entityPicker(formId(p, 'into'), t('review.into'), null);
	const alias = h('input', { id: formId(p, 'alias'), type: 'checkbox' });
	const problem = h('p', { class: 'error', role: 'alert', hidden: true });
	return h('form', { class: 'editor-form merge-form', onsubmit: (event) => {
		event.preventDefault();
		if (!into.value()) {
			problem.textContent = t('review.pick.needed');
			problem.hidden = false;
			return;
		}
		act(state, p, message, MERGE, { input: { id: p.id, into: into.value(), addAlias: alias.checked } });
	} },
	into.element,
	h('p', { class: 'field checkbox' }, alias, ' ', h('label', { for: formId(p, 'alias') }, t('review.addAlias'))),
	problem,
	formButtons(slot, t('review.submitMerge')));
}

/**
 * A choice of an existing entity through the public search: a box, a "find" button and the matches to choose
 * from. `current` (a claim's end) is shown as what stands now; value() is the chosen id, or null.
 */
function entityPicker(id, label, current) {
	let chosen = null;
	const input = h('input', { id, type: 'search', maxlength: '100', autocomplete: 'off', placeholder: t('review.pick.label') });
	const results = h('ul', { class: 'pick-results' });
	const status = h('p', { class: 'pick-status muted', role: 'status' },
		current && typeof current === 'object' ? t('review.pick.current', { name: current.name + (current.key.startsWith('new:') ? '' : ' (' + current.key + ')') }) : null);
	const find = async () => {
		const text = input.value.trim();
		if (!text) {
			return;
		}
		fill(results);
		try {
			const found = (await gql(SEARCH, { text })).search.nodes;
			if (found.length === 0) {
				fill(status, t('review.pick.none'));
			}
			fill(results, found.map((entity) => h('li', {},
				h('button', { type: 'button', class: 'secondary pick', 'data-id': entity.id, onclick: () => {
					chosen = entity.id;
					fill(results);
					fill(status, t('review.pick.chosen', { name: pick(entity.name) + ' (' + entity.id + ')' }));
				} }, pick(entity.name), ' ', h('span', { class: 'muted' }, kindLabel(entity.kind)), ' ', h('code', { class: 'id' }, entity.id)))));
		}
		catch (error) {
			fill(status, apiError(error));
		}
	};
	input.addEventListener('keydown', (event) => {
		if (event.key === 'Enter') {
			event.preventDefault();
			find();
		}
	});
	return {
		element: h('div', { class: 'field picker' },
			h('label', { for: id }, label),
			h('span', { class: 'pick-row' }, input, h('button', { type: 'button', class: 'secondary pick-find', onclick: find }, t('review.pick.search'))),
			status, results),
		value: () => chosen,
	};
}

function drawBulk(state) {
	const n = state.selected.size;
	if (!state.items.some((p) => p.status === 'PROPOSED' && p.kind === 'RELATIONSHIP')) {
		// Nothing here can be accepted together.
		fill(state.bulk);
		return;
	}
	const message = h('div', { class: 'form-message', role: 'status' });
	fill(state.bulk,
		h('button', { type: 'button', id: 'bulk-accept', disabled: n === 0, onclick: async () => {
			if (n > MAX_BULK) {
				fill(message, h('p', { class: 'error' }, t('review.bulkLimit', { max: MAX_BULK, n })));
				return;
			}
			try {
				const accepted = (await gql(ACCEPT_ALL, { ids: [...state.selected] }, { auth: true })).acceptProposals.accepted;
				for (const { proposal } of accepted) {
					state.messages.set(proposal.id, h('p', { class: 'done' }, t('review.done.' + proposal.status)));
					state.items = state.items.map((i) => (i.id === proposal.id ? proposal : i));
				}
				state.selected.clear();
				await refresh(state);
				fill(state.bulk.querySelector('.form-message'), h('p', { class: 'done' }, t('review.bulkDone', { n: accepted.length })));
			}
			catch (error) {
				fill(message, apiError(error));
			}
		} }, t('review.bulk', { n })),
		message);
}
