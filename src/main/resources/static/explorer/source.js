// #/source/<id>: a source document, its citation and its text, opened at a line (?line=763) or lines
// (?line=70-95), with a quote's words marked (?evidence=<id>). The text comes in windows of lines around the place asked for; "earlier" and "later"
// load the next windows. Every line number is a link to that line.

import { gql, ENTITY_BRIEF } from './api.js';
import { h, fill } from './dom.js';
import { t, pick, lang, sourceKindLabel, readable } from './i18n.js';
import { href } from './router.js';
import { entityLink, loading, errorMessage, notFoundMessage, viewHeading, bothNames, locatorLines } from './components.js';

/** Lines shown on each side of the line asked for, and loaded by each "earlier"/"later". */
const WINDOW = 40;

const DOCUMENT = `query Document($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Source {
      documentId kind url note title { ko en } publisher { ko en } published { text }
      publisherEntity { ...Brief } textAvailable lineCount
    }
  }
}
${ENTITY_BRIEF}`;

const CONTEXT = `query Context($id: ID!) {
  node(id: $id) { ... on Evidence { source { id } context(before: 0, after: 0) { line start end lines { number } } } }
}`;

/** The most lines the API gives in one request. */
const MAX_LINES = 200;

const LINES = `query Lines($id: ID!, $from: Int!, $to: Int!) {
  node(id: $id) { ... on Source { lines(from: $from, to: $to) { number text } } }
}`;

export async function render(main, route) {
	return show(main, route.args.join('/'), route.params.get('line'), route.params.get('evidence'));
}

/**
 * Shows the document `id` in `main`, at `line` ("763", "70-95" or nothing), marking the words of the quote
 * `evidenceId` when given; also the view of #/node/<doc>.
 */
export async function show(main, id, line, evidenceId) {
	fill(main, loading());
	let source;
	try {
		source = (await gql(DOCUMENT, { id })).node;
	}
	catch (error) {
		fill(main, viewHeading(id), errorMessage(error));
		return undefined;
	}
	if (!source || source.__typename !== 'Source') {
		fill(main, viewHeading(id), notFoundMessage(id));
		return undefined;
	}
	let wanted = line ? locatorLines('L' + line) : null;
	let quote = null;
	if (source.textAvailable && evidenceId) {
		quote = await quoteIn(source.id, evidenceId);
		if (quote) {
			// Where the service found the words is more exact than the locator typed by a curator.
			wanted = [quote.line, quote.lastLine];
		}
	}
	const text = h('section', { class: 'card document-text', 'aria-labelledby': 'document-text-heading' },
		h('h2', { id: 'document-text-heading' }, t('doc.heading'),
			source.textAvailable && source.lineCount ? h('span', { class: 'count' }, ' (' + t('doc.lineCount', { n: source.lineCount }) + ')') : null));
	fill(main,
		h('article', { class: 'document-view', 'data-id': source.id },
			h('p', { class: 'kicker' }, t('source.title'), ' ', h('code', { class: 'id' }, source.id)),
			viewHeading(...bothNames(source.title)),
			citation(source, wanted),
			text));
	if (!source.textAvailable) {
		text.appendChild(h('p', { class: 'doc-unavailable', id: 'doc-unavailable', role: 'note' }, t('doc.unavailable')));
		return undefined;
	}
	const state = await showText(text, source, wanted, quote, true);
	return state && state.focused ? 'focused' : undefined;
}

/** A source's citation fields, for views that show its text beside something else (the review). */
export async function sourceRecord(id) {
	return (await gql(DOCUMENT, { id })).node;
}

/**
 * The text of `source` in `section`, opened at `line` (or the start), for a view of its own (the review):
 * line links there move the highlight without touching the address. Resolves to a handle whose
 * goTo(line) highlights a line and scrolls to it, loading the lines around it when they are not shown yet;
 * null when the text cannot be shown (the section then says why).
 */
export async function openText(section, source, line) {
	if (!source.textAvailable) {
		section.appendChild(h('p', { class: 'doc-unavailable', role: 'note' }, t('doc.unavailable')));
		return null;
	}
	const state = await showText(section, source, line ? [line, line] : null, null, false);
	return state ? { goTo: (number) => goTo(state, number) } : null;
}

/** Where a quote's words are in its document: first and last line, start and end within them; null if unknown. */
async function quoteIn(sourceId, evidenceId) {
	try {
		const evidence = (await gql(CONTEXT, { id: evidenceId })).node;
		const context = evidence && evidence.context;
		if (!context || !evidence.source || evidence.source.id !== sourceId) {
			return null;
		}
		const lastLine = Math.max(context.line, ...context.lines.map((l) => l.number));
		return { line: context.line, lastLine, start: context.start, end: context.end };
	}
	catch (error) {
		// The lines are still worth showing without the words marked.
		return null;
	}
}

/** Title, publisher, date, kind and the place cited: what a reader needs to find the quote without the text. */
function citation(source, wanted) {
	const row = (label, value) => (value ? [h('dt', {}, t(label)), h('dd', {}, value)] : null);
	return h('dl', { class: 'card document-meta', 'aria-label': t('doc.metadata') },
		row('source.publisher', source.publisherEntity ? entityLink(source.publisherEntity) : pick(source.publisher)),
		row('source.published', h('time', {}, source.published.text)),
		row('source.kind', sourceKindLabel(source.kind)),
		row('source.url', source.url),
		row('entity.note', readable(source.note)),
		wanted ? row('doc.cited', h('span', { id: 'doc-cited' }, linesText(wanted))) : null);
}

function linesText([first, last]) {
	return first === last ? t('doc.line', { n: first }) : t('doc.lines', { from: first, to: last });
}

/**
 * Shows the text's window around `wanted` and resolves to the view's state (null when the lines could not be
 * read); `address`: whether moving the highlight keeps the address in step (the document view's own).
 */
async function showText(section, source, wanted, quote, address) {
	const count = source.lineCount || 0;
	const list = h('ol', { class: 'doc-lines', id: 'doc-lines', lang: 'ko' });
	const earlier = h('p', { class: 'doc-nav doc-nav-earlier' });
	const later = h('p', { class: 'doc-nav doc-nav-later' });
	const status = h('p', { class: 'doc-status', role: 'status' });
	section.append(status, earlier, list, later);
	let target = wanted;
	if (target && target[0] > count) {
		status.textContent = t('doc.noSuchLine', { n: target[0], count });
		target = null;
	}
	const focus = target ? [target[0], Math.min(target[1], count)] : null;
	const first = Math.max(1, focus ? focus[0] - WINDOW : 1);
	const state = {
		source, list, earlier, later, focus, quote, address, status, focused: false,
		first,
		last: Math.min(count, focus ? focus[1] + WINDOW : 2 * WINDOW, first + MAX_LINES - 1),
	};
	try {
		list.append(...lineItems(state, await fetchLines(source.id, state.first, state.last)));
	}
	catch (error) {
		fill(status, errorMessage(error));
		return null;
	}
	updateNav(state);
	if (!focus) {
		return state;
	}
	const highlighted = list.querySelector('.doc-line.highlight');
	if (highlighted) {
		highlighted.scrollIntoView({ block: 'center' });
		highlighted.focus({ preventScroll: true });
		state.focused = true;
	}
	return state;
}

/** Highlights line `number` and scrolls to it, first loading a new window of lines around it when needed. */
async function goTo(state, number) {
	const count = state.source.lineCount || 0;
	if (!(number >= 1 && number <= count)) {
		return;
	}
	if (number < state.first || number > state.last) {
		state.first = Math.max(1, number - WINDOW);
		state.last = Math.min(count, number + WINDOW);
		state.focus = [number, number];
		state.list.replaceChildren(...lineItems(state, await fetchLines(state.source.id, state.first, state.last)));
		updateNav(state);
	}
	moveHighlight(state, number);
	state.list.querySelector('#L' + number).scrollIntoView({ block: 'center' });
}

async function fetchLines(id, from, to) {
	if (to < from) {
		return [];
	}
	const data = await gql(LINES, { id, from, to });
	return data.node.lines;
}

function lineItems(state, lines) {
	return lines.map((line) => {
		const inFocus = state.focus && line.number >= state.focus[0] && line.number <= state.focus[1];
		const item = h('li', {
			class: 'doc-line' + (inFocus ? ' highlight' : ''),
			id: 'L' + line.number,
			'data-line': String(line.number),
			tabindex: inFocus && line.number === state.focus[0] ? '-1' : undefined,
			'aria-current': inFocus ? 'true' : undefined,
		},
		h('a', {
			class: 'line-number', href: lineHref(state.source.id, line.number), 'aria-label': t('doc.line', { n: line.number }),
			onclick: (event) => {
				// Moving the highlight needs no new request: change it here and keep the address in step.
				event.preventDefault();
				moveHighlight(state, line.number);
			},
		}, String(line.number)),
		h('span', { class: 'line-text' }, marked(state.quote, line)));
		return item;
	});
}

/** A line's text with the quote's words in a <mark>, when the quote is known to cover part of it. */
function marked(quote, line) {
	if (!quote || quote.start === null || quote.end === null || line.number < quote.line || line.number > quote.lastLine) {
		return line.text;
	}
	const from = line.number === quote.line ? quote.start : 0;
	const to = line.number === quote.lastLine ? quote.end : line.text.length;
	if (from >= to) {
		return line.text;
	}
	return [line.text.slice(0, from), h('mark', { class: 'quote' }, line.text.slice(from, to)), line.text.slice(to)];
}

function lineHref(id, number) {
	return href('source', [id], { line: number }, lang());
}

function moveHighlight(state, number) {
	state.list.querySelectorAll('.doc-line.highlight').forEach((el) => {
		el.classList.remove('highlight');
		el.removeAttribute('aria-current');
		el.removeAttribute('tabindex');
	});
	state.focus = [number, number];
	const item = state.list.querySelector('#L' + number);
	item.classList.add('highlight');
	item.setAttribute('aria-current', 'true');
	item.setAttribute('tabindex', '-1');
	item.focus({ preventScroll: true });
	if (!state.address) {
		return;
	}
	const cited = document.getElementById('doc-cited');
	if (cited) {
		cited.textContent = linesText(state.focus);
	}
	history.replaceState(null, '', lineHref(state.source.id, number));
}

/** The "earlier" and "later" controls, or a note that the text starts or ends there. */
function updateNav(state) {
	const count = state.source.lineCount || 0;
	fill(state.earlier, state.first > 1
		? h('button', { type: 'button', id: 'doc-earlier', onclick: () => loadEarlier(state) }, t('doc.earlier'))
		: h('span', { class: 'muted' }, t('doc.start')));
	fill(state.later, state.last < count
		? h('button', { type: 'button', id: 'doc-later', onclick: () => loadLater(state) }, t('doc.later'))
		: h('span', { class: 'muted' }, t('doc.end')));
}

async function loadEarlier(state) {
	const from = Math.max(1, state.first - 2 * WINDOW);
	const lines = await fetchLines(state.source.id, from, state.first - 1);
	// Keep the lines the reader is looking at where they are while new ones are added above them.
	const anchor = state.list.firstElementChild;
	const before = anchor.getBoundingClientRect().top;
	state.list.prepend(...lineItems(state, lines));
	window.scrollBy(0, anchor.getBoundingClientRect().top - before);
	state.first = from;
	updateNav(state);
	refocus(state.earlier);
}

async function loadLater(state) {
	const to = Math.min(state.source.lineCount, state.last + 2 * WINDOW);
	const lines = await fetchLines(state.source.id, state.last + 1, to);
	state.list.append(...lineItems(state, lines));
	state.last = to;
	updateNav(state);
	refocus(state.later);
}

/** The control just used was replaced: give the focus to its successor, or keyboard users start over. */
function refocus(container) {
	const next = container.querySelector('button');
	if (next) {
		next.focus({ preventScroll: true });
	}
}
