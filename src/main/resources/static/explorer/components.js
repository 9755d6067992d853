// Pieces several views share: links to entities, evidence, relationships, export links, messages.

import { h } from './dom.js';
import { href } from './router.js';
import { t, lang, pick, other, kindLabel, typeLabel, statusLabel } from './i18n.js';
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
	return h('li', { class: 'evidence' },
		h('blockquote', { lang: 'ko' }, ev.quote),
		h('p', { class: 'source' },
			h('span', { class: 'visually-hidden' }, t('evidence.source') + ': '),
			h('a', { href: link('node', [source.id]), class: 'source-title' }, pick(source.title)),
			' — ', pick(source.publisher),
			', ', h('time', {}, source.published.text),
			', ', h('span', { class: 'locator', title: t('evidence.locator') }, ev.locator)),
		ev.note ? h('p', { class: 'note' }, ev.note) : null);
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
	const details = [];
	if (rel.roleLabel || rel.role) {
		details.push(h('span', { class: 'role' }, t('rel.role') + ': ' + (pick(rel.roleLabel) || rel.role)));
	}
	if (rel.status) {
		details.push(statusBadge(rel.status));
	}
	const when = period(rel.validFrom, rel.validTo);
	if (when) {
		details.push(h('span', { class: 'date' }, when));
	}
	if (rel.amount) {
		details.push(h('span', { class: 'amount' }, t('rel.amount') + ': ' + rel.amount.display));
	}
	return h('li', {
		class: 'relationship' + (options.highlight ? ' highlight' : ''),
		id: options.anchor ? 'rel-' + cssId(rel.id) : undefined,
		'data-id': rel.id,
		tabindex: options.highlight ? '-1' : undefined,
	},
	heading,
	details.length > 0 ? h('p', { class: 'rel-details' }, details) : null,
	rel.note ? h('p', { class: 'note' }, rel.note) : null,
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

export function errorMessage(error) {
	return h('p', { class: 'error', role: 'alert' }, t('error', { message: error.message || String(error) }));
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
