// #/path/<from>/<to>: the shortest documented chains between two entities, each hop with its source; when
// there is none, why (a longer chain, or none at all), from connectionReport.

import { gql, RELATIONSHIP, ENTITY_BRIEF } from './api.js';
import { h, fill } from './dom.js';
import { t, pick, typeLabel, verdictLabel, lang } from './i18n.js';
import { href } from './router.js';
import {
	link, entityLink, kindBadge, statusBadge, basisBadge, basisClass, basisLegend, evidenceList, citeButton, exportLinks,
	loading, errorMessage, viewHeading, period, nextSteps,
} from './components.js';

const QUERY = `query Paths($from: ID!, $to: ID!, $maxHops: Int, $asOf: DateOrPartial) {
  connectionReport(from: $from, to: $to, maxHops: $maxHops, first: 5, asOf: $asOf) {
    paths {
      length allStated
      nodes { ...Brief }
      hops { forward from { ...Brief } to { ...Brief } relationship { ...Rel } }
    }
    reason explanation { ko en }
  }
}
${RELATIONSHIP}`;

const PARTNERSHIP = `query Partnership($a: ID!, $b: ID!) {
  partnership(a: $a, b: $b) { documented verdict summary { ko en } }
}`;

const RESOLVE = `query Resolve($ids: [ID!]!) { nodes(ids: $ids) { ... on Entity { ...Brief } } }
${ENTITY_BRIEF}`;

const FIND = `query Find($text: String!) { search(text: $text, first: 1) { edges { node { ...Brief } } } }
${ENTITY_BRIEF}`;

export async function render(main, route) {
	const [fromId = '', toId = ''] = route.args;
	const maxHops = clampHops(route.params.get('maxHops'));
	const asOf = route.params.get('asOf') || '';
	const results = h('div', { class: 'paths', id: 'paths', 'aria-live': 'polite' });
	const form = pathForm(fromId, toId, maxHops, asOf);
	fill(main, viewHeading(t('path.title')), h('p', { class: 'lead' }, t('path.intro')), form, results);
	if (!fromId || !toId) {
		return;
	}
	fill(results, loading());
	let ends;
	let data;
	try {
		ends = (await gql(RESOLVE, { ids: [fromId, toId] })).nodes;
		data = await gql(QUERY, { from: fromId, to: toId, maxHops, asOf: asOf || null });
	}
	catch (error) {
		fill(results, errorMessage(error));
		return;
	}
	const name = (entity, id) => (entity && entity.name ? pick(entity.name) : id);
	const report = data.connectionReport;
	const paths = report.paths;
	// The journalist's question first: is there a documented link between the two at all, or only a plan?
	const partnership = h('p', { class: 'partnership', id: 'partnership' });
	gql(PARTNERSHIP, { a: fromId, b: toId })
		.then((answer) => {
			const verdict = answer.partnership.verdict;
			partnership.dataset.verdict = verdict;
			partnership.classList.add('verdict-' + verdict.toLowerCase());
			fill(partnership, h('span', { class: 'muted' }, t('path.partnership') + ' '),
				h('span', { class: 'badge verdict verdict-' + verdict.toLowerCase() },
					h('span', { class: 'visually-hidden' }, t('verdict.label') + ': '), verdictLabel(verdict)), ' ',
				h('span', { class: 'verdict-summary' }, pick(answer.partnership.summary)));
		})
		.catch(() => partnership.remove());
	fill(results,
		h('h2', { id: 'paths-heading' }, t('path.heading', { from: name(ends[0], fromId), to: name(ends[1], toId) })),
		partnership,
		exportLinks({ from: fromId, to: toId, maxHops, asOf }),
		paths.length === 0
			? [h('p', { class: 'none', 'data-reason': report.reason || '' }, t('path.none', { max: maxHops }),
				report.explanation ? ' ' + pick(report.explanation) : ''),
			nextSteps([
				maxHops < 6 ? [link('path', [fromId, toId], { maxHops: 6, asOf }), t('next.moreHops', { n: 6 })] : null,
				[link('network', [fromId]), t('next.network', { name: name(ends[0], fromId) })],
				[link('network', [toId]), t('next.network', { name: name(ends[1], toId) })]])]
			: basisLegend(),
		paths.map(pathItem));
}

function clampHops(value) {
	const n = parseInt(value || '4', 10);
	return Number.isNaN(n) ? 4 : Math.min(6, Math.max(1, n));
}

function pathForm(fromId, toId, maxHops, asOf) {
	const status = h('p', { class: 'form-status', role: 'status' });
	const field = (id, label, value) => h('p', { class: 'field' },
		h('label', { for: id }, t(label)),
		h('input', { id, name: id, type: 'text', value, required: true, placeholder: t('path.placeholder'), autocomplete: 'off' }));
	const hops = h('select', { id: 'path-max-hops', name: 'maxHops' },
		[1, 2, 3, 4, 5, 6].map((n) => h('option', { value: String(n), selected: n === maxHops }, String(n))));
	const form = h('form', { class: 'path-form card', role: 'search', 'aria-label': t('path.title') },
		field('path-from', 'path.from', fromId),
		field('path-to', 'path.to', toId),
		h('p', { class: 'field small' }, h('label', { for: 'path-max-hops' }, t('path.maxHops')), hops),
		h('p', { class: 'field small' }, h('label', { for: 'path-as-of' }, t('path.asOf')),
			h('input', { id: 'path-as-of', name: 'asOf', type: 'date', value: asOf })),
		h('p', { class: 'field submit' }, h('button', { type: 'submit', id: 'path-submit' }, t('path.find'))),
		status);
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const values = new FormData(form);
		try {
			const from = await resolve(String(values.get('path-from')).trim());
			const to = await resolve(String(values.get('path-to')).trim());
			if (!from || !to) {
				status.textContent = t('path.unresolved', { q: !from ? values.get('path-from') : values.get('path-to') });
				return;
			}
			window.location.hash = href('path', [from, to], { maxHops: values.get('maxHops'), asOf: values.get('asOf') }, lang());
		}
		catch (error) {
			fill(status, errorMessage(error));
		}
	});
	return form;
}

/** An id as typed, or the best search match for a name or acronym. */
async function resolve(text) {
	if (!text) {
		return null;
	}
	const known = (await gql(RESOLVE, { ids: [text] })).nodes[0];
	if (known && known.id) {
		return known.id;
	}
	const found = (await gql(FIND, { text })).search.edges;
	return found.length > 0 ? found[0].node.id : null;
}

function pathItem(path, index) {
	return h('section', { class: 'path card' + (path.allStated ? ' all-stated' : ''), 'aria-labelledby': 'path-' + index },
		h('h3', { id: 'path-' + index }, t('path.item', { n: index + 1, hops: path.length })),
		h('p', { class: 'path-basis' + (path.allStated ? '' : ' not-all-stated') },
			t(path.allStated ? 'path.allStated' : 'path.notAllStated')),
		h('p', { class: 'chain' }, path.nodes.map((node, i) => [i > 0 ? ' → ' : '', entityLink(node)])),
		h('ol', { class: 'hops' }, path.hops.map((hop, i) => hopItem(hop, i))));
}

function hopItem(hop, index) {
	const rel = hop.relationship;
	const details = [basisBadge(rel.basis), statusBadge(rel.status), period(rel.validFrom, rel.validTo)].filter((x) => x);
	return h('li', { class: 'hop' + basisClass(rel.basis), 'data-relationship': rel.id, 'data-basis': rel.basis },
		h('p', { class: 'hop-line' },
			h('span', { class: 'hop-number' }, t('path.hop', { n: index + 1 })), ' ',
			entityLink(hop.from), ' ', kindBadge(hop.from.kind), ' ',
			h('span', { class: 'rel-type' }, '— ' + typeLabel(rel.type, hop.forward) + (rel.roleLabel ? ' (' + pick(rel.roleLabel) + ')' : '') + ' →'), ' ',
			entityLink(hop.to), ' ', kindBadge(hop.to.kind)),
		details.length > 0 ? h('p', { class: 'rel-details' }, details.map((d) => [d, ' '])) : null,
		evidenceList(rel.evidence),
		h('p', { class: 'actions' }, citeButton(rel), ' ',
			h('a', { href: link('node', [rel.id]), class: 'permalink' }, t('rel.permalink'))));
}
