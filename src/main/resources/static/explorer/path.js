// #/path/<from>/<to>: the shortest documented chains between two entities, each hop with its source; when
// there is none, why (a longer chain, or none at all), from connectionReport.

import { gql, RELATIONSHIP, ENTITY_BRIEF } from './api.js';
import { h, fill } from './dom.js';
import { t, pick, typeLabel, verdictLabel, lang, entityTypeLabel } from './i18n.js';
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

/** How many candidates the path finder offers for a name. */
const CHOICES = 8;

/** Candidates for a typed name: kinds, sub-kinds and regions tell the province from the cluster named after it. */
const FIND = `query Find($text: String!) { search(text: $text, first: ${CHOICES}) { edges { match node { ...Brief entityType: type
  regions: neighbors(types: [LOCATED_IN], direction: OUTGOING, kinds: [REGION], first: 2) { nodes { id name { ko en } } } } } } }
${ENTITY_BRIEF}`;

/** Matches on a name, acronym, alias or code; a match in a description or quote is a weaker candidate. */
const NAME_MATCHES = ['CODE', 'EXACT', 'PREFIX', 'WORD', 'PARTIAL'];

export async function render(main, route) {
	const [fromId = '', toId = ''] = route.args;
	const maxHops = clampHops(route.params.get('maxHops'));
	const asOf = route.params.get('asOf') || '';
	const results = h('div', { class: 'paths', id: 'paths', 'aria-live': 'polite' });
	const form = pathForm({ from: fromId, to: toId }, { from: route.params.get('fromText') || '', to: route.params.get('toText') || '' },
		maxHops, asOf);
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

/**
 * The form keeps what the person typed: a name that matches several entities (경남: the province, or the
 * satellite cluster named after it) is answered with a short list to choose from, never a silent pick, and the
 * typed words travel in the address (fromText, toText) so that the form shows them again with the paths.
 */
function pathForm(ids, texts, maxHops, asOf) {
	const status = h('p', { class: 'form-status', role: 'status' });
	const choices = { from: h('div', { class: 'choice-group', id: 'path-from-choices' }), to: h('div', { class: 'choice-group', id: 'path-to-choices' }) };
	// What each end resolved to, with the text it was resolved from: a changed text asks again.
	const chosen = {
		from: ids.from ? { id: ids.from, text: texts.from || ids.from } : null,
		to: ids.to ? { id: ids.to, text: texts.to || ids.to } : null,
	};
	const field = (id, label, value) => h('p', { class: 'field' },
		h('label', { for: id }, t(label)),
		h('input', { id, name: id, type: 'text', value, required: true, placeholder: t('path.placeholder'), autocomplete: 'off' }));
	const hops = h('select', { id: 'path-max-hops', name: 'maxHops' },
		[1, 2, 3, 4, 5, 6].map((n) => h('option', { value: String(n), selected: n === maxHops }, String(n))));
	const form = h('form', { class: 'path-form card', role: 'search', 'aria-label': t('path.title') },
		field('path-from', 'path.from', texts.from || ids.from),
		field('path-to', 'path.to', texts.to || ids.to),
		h('p', { class: 'field small' }, h('label', { for: 'path-max-hops' }, t('path.maxHops')), hops),
		h('p', { class: 'field small' }, h('label', { for: 'path-as-of' }, t('path.asOf')),
			h('input', { id: 'path-as-of', name: 'asOf', type: 'date', value: asOf })),
		h('p', { class: 'field submit' }, h('button', { type: 'submit', id: 'path-submit' }, t('path.find'))),
		choices.from, choices.to, status);
	const go = () => {
		const values = new FormData(form);
		const typed = (end) => String(values.get('path-' + end)).trim();
		// An id typed as such needs no words in the address.
		const text = (end) => (typed(end) === chosen[end].id ? '' : typed(end));
		window.location.hash = href('path', [chosen.from.id, chosen.to.id], {
			maxHops: values.get('maxHops'), asOf: values.get('asOf'), fromText: text('from'), toText: text('to'),
		}, lang());
	};
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const values = new FormData(form);
		status.textContent = '';
		try {
			for (const end of ['from', 'to']) {
				const text = String(values.get('path-' + end)).trim();
				if (chosen[end] && chosen[end].text === text) {
					fill(choices[end]);
					continue;
				}
				chosen[end] = null;
				const found = await candidates(text);
				if (found.length === 0) {
					fill(choices[end]);
					// A way on: the search finds words in descriptions and quotes too.
					fill(status, t('path.unresolved', { q: text }), ' ',
						text ? h('a', { href: link('search', [text]), class: 'search-instead' }, t('next.search', { q: text })) : null);
				}
				else if (found.length === 1) {
					chosen[end] = { id: found[0].id, text };
					fill(choices[end]);
				}
				else {
					fill(choices[end], choiceList(end, text, found, (entity) => {
						chosen[end] = { id: entity.id, text: String(new FormData(form).get('path-' + end)).trim() };
						if (chosen.from && chosen.to) {
							go();
						}
					}));
				}
			}
			if (chosen.from && chosen.to) {
				go();
			}
		}
		catch (error) {
			fill(status, errorMessage(error));
		}
	});
	return form;
}

/** The entities a typed text may mean: an id as typed; else the name matches of a search (else any match). */
async function candidates(text) {
	if (!text) {
		return [];
	}
	const known = (await gql(RESOLVE, { ids: [text] })).nodes[0];
	if (known && known.id) {
		return [known];
	}
	const edges = (await gql(FIND, { text })).search.edges;
	const names = edges.filter((edge) => NAME_MATCHES.includes(edge.match));
	return (names.length > 0 ? names : edges).map((edge) => edge.node);
}

/** A short list of the entities a name matches, each with its kind, sub-kind and region, to choose from. */
function choiceList(end, text, entities, choose) {
	const list = h('ul', { class: 'choices', 'aria-label': t('path.chooseLabel', { q: text }) });
	for (const entity of entities) {
		const regions = (entity.regions ? entity.regions.nodes : []).map((r) => pick(r.name)).join(', ');
		const item = h('li', { 'data-id': entity.id },
			h('button', {
				type: 'button', class: 'choose', 'data-id': entity.id, onclick: () => {
					list.querySelectorAll('li').forEach((li) => li.classList.remove('chosen'));
					item.classList.add('chosen');
					item.querySelector('button').setAttribute('aria-pressed', 'true');
					choose(entity);
				},
			}, pick(entity.name), entity.acronyms && entity.acronyms.length > 0 ? ' (' + entity.acronyms[0] + ')' : ''), ' ',
			kindBadge(entity.kind),
			entity.entityType ? h('span', { class: 'muted' }, entityTypeLabel(entity.entityType)) : null,
			regions ? h('span', { class: 'muted region' }, regions) : null);
		list.appendChild(item);
	}
	return [h('p', { class: 'choose-prompt', id: 'path-' + end + '-prompt' }, t('path.choose', { q: text })), list];
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
