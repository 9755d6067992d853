// Pieces several views share: links to entities, evidence, relationships, export links, messages.

import { h } from './dom.js';
import { href } from './router.js';
import {
	t, lang, pick, other, kindLabel, typeLabel, statusLabel, basisLabel, basisMeaning, roleLabel, readable, BASIS_NAMES,
} from './i18n.js';
import { openCitation } from './cite.js';

/** A link to a view in the current interface language. */
export function link(view, args = [], params = {}) {
	return href(view, args, params, lang());
}

export function kindBadge(kind) {
	return h('span', { class: 'badge kind kind-' + kind.toLowerCase() }, kindLabel(kind));
}

export function statusBadge(status) {
	return status ? h('span', { class: 'badge status' }, statusLabel(status)) : null;
}

/**
 * What a link or fact rests on, as a badge whose colour and border style differ by basis and whose text
 * says it, so that neither colour nor text alone carries the difference.
 */
export function basisBadge(basis) {
	if (!basis) {
		return null;
	}
	return h('span', { class: 'badge basis basis-' + basis.toLowerCase(), 'data-basis': basis, title: basisMeaning(basis) },
		h('span', { class: 'visually-hidden' }, t('basis.of', { basis: '' })), basisLabel(basis));
}

/** The class a list item of a link gets for its basis (planned and inferred links are marked at their edge). */
export function basisClass(basis) {
	return basis ? ' basis-' + basis.toLowerCase() : '';
}

/** The legend of the basis badges and lines: each basis, how it is drawn, what it means. */
export function basisLegend() {
	return h('div', { class: 'basis-legend', role: 'note', 'aria-label': t('basis.legend') },
		h('p', { class: 'legend-title' }, t('basis.legend')),
		h('ul', {}, BASIS_NAMES.map((basis) => h('li', { 'data-basis': basis },
			h('span', { class: 'basis-line basis-' + basis.toLowerCase(), 'aria-hidden': 'true' }), ' ',
			basisBadge(basis), ' ', h('span', { class: 'muted' }, basisMeaning(basis))))));
}

/**
 * The first and last line a locator names: "L42" → [42, 42], "L70-95" or "L70–L95 (table)" → [70, 95];
 * null when it names no line.
 */
export function locatorLines(locator) {
	const match = /L(\d+)(?:\s*[-–]\s*L?(\d+))?/.exec(locator || '');
	if (!match) {
		return null;
	}
	const first = parseInt(match[1], 10);
	const last = match[2] ? parseInt(match[2], 10) : first;
	return [first, Math.max(first, last)];
}

/**
 * The document view of a source at the lines a locator names (#/source/doc:001?line=763, or line=70-95);
 * with an evidence id, the view also marks the quote's words within its lines.
 */
export function documentHref(sourceId, locator, evidenceId) {
	const lines = locatorLines(locator);
	const line = !lines ? undefined : (lines[0] === lines[1] ? String(lines[0]) : lines[0] + '-' + lines[1]);
	return link('source', [sourceId], { line, evidence: evidenceId });
}

/** An entity's name (interface language first) linking to its page. */
export function entityLink(entity, attrs = {}) {
	const acronym = entity.acronyms && entity.acronyms.length > 0 ? entity.acronyms[0] : '';
	const name = pick(entity.name);
	return h('a', { href: link('node', [entity.id]), class: 'entity-link', ...attrs },
		name, acronym && !name.includes(acronym) ? h('span', { class: 'acronym' }, ' (' + acronym + ')') : null);
}

/** When a relationship or fact holds, as text. */
export function period(from, to) {
	const parts = [];
	if (from) {
		parts.push(t('rel.since', { date: from.text }));
	}
	if (to) {
		parts.push(t('rel.until', { date: to.text }));
	}
	return parts.join(' · ');
}

/** One quote with its document, publisher, date and place in the document. */
export function evidenceItem(ev) {
	const source = ev.source;
	// The quote, the title and the locator all open the document at the quoted line: a fragment such as
	// "⑤ 한국전자통신연구원(ETRI)" only means something among the lines around it.
	const where = documentHref(source.id, ev.locator, ev.id);
	return h('li', { class: 'evidence', 'data-evidence': ev.id },
		h('blockquote', { lang: 'ko' },
			h('a', { href: where, class: 'quote-link', title: t('evidence.open') }, ev.quote)),
		h('p', { class: 'source' },
			h('span', { class: 'visually-hidden' }, t('evidence.source') + ': '),
			h('a', { href: where, class: 'source-title' }, pick(source.title)),
			' — ', pick(source.publisher),
			', ', h('time', {}, source.published.text),
			', ', h('a', { href: where, class: 'locator', title: t('evidence.open') }, ev.locator)),
		ev.note ? h('p', { class: 'note' }, readable(ev.note)) : null);
}

export function evidenceList(evidence) {
	if (!evidence || evidence.length === 0) {
		return null;
	}
	return h('ul', { class: 'evidence-list' }, evidence.map(evidenceItem));
}

/** The "cite this link" button of a relationship. */
export function citeButton(relationship) {
	return h('button', {
		type: 'button', class: 'cite', 'data-relationship': relationship.id,
		onclick: (event) => openCitation(relationship.id, event.currentTarget),
	}, t('rel.cite'));
}

/**
 * A relationship seen from one of its ends (`viewpoint`, an entity id), or from outside when null:
 * the other end, what links them, role, status, dates, amount, evidence, cite and permalink.
 */
export function relationshipItem(rel, viewpoint, options = {}) {
	const forward = viewpoint === null || viewpoint === undefined || rel.from.id === viewpoint;
	const otherEnd = forward ? rel.to : rel.from;
	const heading = viewpoint
		? h('p', { class: 'rel-line' }, entityLink(otherEnd), ' ', kindBadge(otherEnd.kind))
		: h('p', { class: 'rel-line' }, entityLink(rel.from), ' ',
			h('span', { class: 'rel-type' }, typeLabel(rel.type, true)), ' ', entityLink(rel.to));
	const details = [basisBadge(rel.basis)];
	if (rel.roleLabel || rel.role) {
		details.push(h('span', { class: 'role' }, t('rel.role') + ': ',
			h('span', { class: 'role-value', title: rel.role }, pick(rel.roleLabel) || roleLabel(rel.role))));
	}
	if (rel.status) {
		details.push(statusBadge(rel.status));
	}
	const when = period(rel.validFrom, rel.validTo);
	if (when) {
		details.push(h('span', { class: 'date' }, when));
	}
	if (rel.statedOn) {
		details.push(h('span', { class: 'stated-on' }, t('rel.statedOn', { date: rel.statedOn.text })));
	}
	if (rel.amount) {
		details.push(h('span', { class: 'amount' }, t('rel.amount') + ': ' + rel.amount.display));
	}
	return h('li', {
		class: 'relationship' + basisClass(rel.basis) + (options.highlight ? ' highlight' : ''),
		id: options.anchor ? 'rel-' + cssId(rel.id) : undefined,
		'data-id': rel.id,
		tabindex: options.highlight ? '-1' : undefined,
	},
	heading,
	details.some((d) => d) ? h('p', { class: 'rel-details' }, details) : null,
	rel.note ? h('p', { class: 'note' }, readable(rel.note)) : null,
	evidenceList(rel.evidence),
	h('p', { class: 'actions' },
		citeButton(rel), ' ',
		h('a', { href: link('node', [rel.id]), class: 'permalink' }, t('rel.permalink'))));
}

export function cssId(id) {
	return id.replace(/[^A-Za-z0-9_-]/g, '_');
}

/**
 * Links to the export endpoint for what the view shows: /export/{format} with the view's filters
 * (around=&hops=, from=&to=&maxHops=, kinds, types, asOf).
 */
export function exportLinks(params) {
	const formats = [['graphml', 'graphml'], ['gexf', 'gexf'], ['csv', 'csv'], ['cytoscape', 'json']];
	return h('nav', { class: 'export', 'aria-label': t('export.label') },
		h('span', { class: 'export-label' }, t('export.label') + ':'), ' ',
		formats.map(([format]) => [h('a', {
			href: exportUrl(format, params), class: 'export-link', 'data-format': format, download: '',
		}, t('export.' + format)), ' ']));
}

/** The export address for a format and the view's filters; empty filters are left out. */
export function exportUrl(format, params = {}) {
	const query = new URLSearchParams();
	for (const [key, value] of Object.entries(params)) {
		if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
			continue;
		}
		query.set(key, Array.isArray(value) ? value.join(',') : String(value));
	}
	const text = query.toString();
	return '/export/' + format + (text ? '?' + text : '');
}

export function loading() {
	return h('p', { class: 'loading', role: 'status' }, t('loading'));
}

/**
 * An error in the reader's words, chosen by the API's error code (a parser's message means nothing to a
 * reader); the service's own message stays one click away, with ways on.
 */
export function errorMessage(error) {
	const code = error && error.code;
	let text = t('friendly.' + code);
	if (!code || text === 'friendly.' + code) {
		text = t(error instanceof TypeError ? 'friendly.NETWORK' : 'friendly.other');
	}
	const message = (error && error.message) || String(error);
	return h('div', { class: 'error-box', 'data-code': code || '' },
		h('p', { class: 'error', role: 'alert' }, text),
		h('details', { class: 'error-details' }, h('summary', {}, t('friendly.details')), h('p', { lang: 'en' }, message)),
		nextSteps([
			[window.location.hash || '#/', t('next.retry'), { onclick: () => window.dispatchEvent(new HashChangeEvent('hashchange')) }],
			[link('home'), t('next.home')],
		]));
}

/** Ways on from an empty or error page: [href, text, extra attributes] each, or a sentence. */
export function nextSteps(steps) {
	return h('nav', { class: 'next-steps', 'aria-label': t('next.heading') },
		h('p', { class: 'next-title' }, t('next.heading')),
		h('ul', {}, steps.filter((step) => step).map((step) => (typeof step === 'string'
			? h('li', { class: 'muted' }, step)
			: h('li', {}, h('a', { href: step[0], ...(step[2] || {}) }, step[1]))))));
}

/** "Nothing with the id …", with a search for its words and the way home. */
export function notFoundMessage(id) {
	const words = String(id).replace(/^[a-z_-]+:/i, '').replace(/[-_:]+/g, ' ').trim();
	return [h('p', { class: 'error not-found', role: 'alert' }, t('notFound', { id })),
		nextSteps([words ? [link('search', [words]), t('next.search', { q: words })] : null, [link('home'), t('next.home')]])];
}

/** The main heading of a view, focusable so that navigation can move the focus to it. */
export function viewHeading(text, ...extra) {
	return h('h1', { tabindex: '-1', class: 'view-heading' }, text, ...extra);
}

/** A name in the interface language with the other language beside it. */
export function bothNames(name) {
	const second = other(name);
	return [h('span', { class: 'name-primary' }, pick(name)),
		second ? h('span', { class: 'name-secondary', lang: lang() === 'ko' ? 'en' : 'ko' }, second) : null];
}
