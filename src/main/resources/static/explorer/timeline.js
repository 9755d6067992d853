// #/timeline: one item per dated thing in date order (an agreement with its parties, not one line per
// party), optionally for one entity, kinds and a period.

import { gql, ENTITY_BRIEF } from './api.js';
import { h, fill } from './dom.js';
import { t, pick, KIND_NAMES, kindLabel, lang, readable } from './i18n.js';
import { href, list } from './router.js';
import { link, entityLink, kindBadge, basisBadge, errorMessage, viewHeading, exportLinks, nextSteps } from './components.js';

const PAGE = 100;

const QUERY = `query Timeline($from: Date, $to: Date, $involving: ID, $kinds: [EntityKind!], $first: Int, $after: String) {
  timeline(from: $from, to: $to, involving: $involving, kinds: $kinds, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { kind date { text } label { ko en } entity { ...Brief } relationship { id basis } fact { id key basis }
      involved { entity { ...Brief } role } } }
  }
}
${ENTITY_BRIEF}`;

const NAME = `query Name($id: ID!) { node(id: $id) { ... on Entity { ...Brief } } }
${ENTITY_BRIEF}`;

export async function render(main, route) {
	const from = route.params.get('from') || '';
	const to = route.params.get('to') || '';
	const involving = route.params.get('involving') || '';
	const kinds = list(route.params, 'kinds').filter((k) => KIND_NAMES.includes(k));
	const heading = viewHeading(t('timeline.title'));
	const count = h('p', { class: 'count', role: 'status' }, t('loading'));
	const years = h('div', { class: 'years' });
	const more = h('p', { class: 'more' });
	// The files hold what the timeline shows, by the timeline's own filters: its items' entities (subjects and
	// those involved) and the links the items rest on, nothing around them.
	const scope = { timeline: true, since: from, until: to, involving, subjectKinds: kinds };
	fill(main, heading, filterForm(from, to, involving, kinds),
		exportLinks(scope), h('p', { class: 'muted export-scope' }, t('timeline.exportScope')), count, years, more);
	if (involving) {
		try {
			const data = await gql(NAME, { id: involving });
			if (data.node && data.node.name) {
				fill(heading, t('timeline.involving', { name: pick(data.node.name) }));
				heading.after(h('p', {}, h('a', { href: link('timeline') }, t('timeline.all'))));
			}
		}
		catch (error) {
			// The list below says what went wrong.
		}
	}
	const state = { years: new Map(), container: years };
	await page({ from: from || null, to: to || null, involving: involving || null, kinds: kinds.length > 0 ? kinds : null },
		null, state, count, more);
}

function filterForm(from, to, involving, kinds) {
	const form = h('form', { class: 'card filters inline', 'aria-label': t('network.filters') },
		h('p', { class: 'field small' }, h('label', { for: 'timeline-from' }, t('timeline.from')),
			h('input', { id: 'timeline-from', name: 'from', type: 'date', value: from })),
		h('p', { class: 'field small' }, h('label', { for: 'timeline-to' }, t('timeline.to')),
			h('input', { id: 'timeline-to', name: 'to', type: 'date', value: to })),
		h('p', { class: 'field small' }, h('label', { for: 'timeline-kind' }, t('entity.kind')),
			h('select', { id: 'timeline-kind', name: 'kinds' },
				h('option', { value: '' }, t('network.all')),
				KIND_NAMES.map((k) => h('option', { value: k, selected: kinds.length === 1 && kinds[0] === k }, kindLabel(k))))),
		h('p', { class: 'field submit' }, h('button', { type: 'submit' }, t('timeline.apply'))));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const values = new FormData(form);
		window.location.hash = href('timeline', [], {
			from: values.get('from'), to: values.get('to'), involving, kinds: values.get('kinds'),
		}, lang());
	});
	return form;
}

async function page(filter, after, state, count, more) {
	let data;
	try {
		data = await gql(QUERY, { ...filter, first: PAGE, after });
	}
	catch (error) {
		fill(count, errorMessage(error));
		return;
	}
	const timeline = data.timeline;
	count.textContent = timeline.totalCount === 0 ? t('timeline.none') : t('timeline.count', { n: timeline.totalCount });
	if (timeline.totalCount === 0 && !after) {
		count.after(nextSteps([t('next.widen'), [link('timeline'), t('next.timeline')], [link('home'), t('next.home')]]));
	}
	for (const edge of timeline.edges) {
		const item = edge.node;
		const year = item.date.text.slice(0, 4);
		let list = state.years.get(year);
		if (!list) {
			list = h('ol', { class: 'timeline-list' });
			state.container.appendChild(h('section', { class: 'year', 'aria-labelledby': 'year-' + year },
				h('h2', { id: 'year-' + year }, year), list));
			state.years.set(year, list);
		}
		// A dated plan is not a dated fact: planned and inferred items say so beside their label.
		const basis = (item.relationship && item.relationship.basis) || (item.fact && item.fact.basis);
		list.appendChild(h('li', { class: 'timeline-item kind-' + item.kind.toLowerCase() },
			h('time', { datetime: item.date.text }, item.date.text), ' ',
			h('span', { class: 'label' }, readable(pick(item.label)), basis && basis !== 'STATED' ? [' ', basisBadge(basis)] : null), ' ',
			h('span', { class: 'about' }, entityLink(item.entity), ' ', kindBadge(item.entity.kind)),
			involvedList(item),
			item.relationship ? [' ', h('a', { href: link('node', [item.relationship.id]), class: 'permalink' }, t('rel.permalink'))] : null));
	}
	if (timeline.pageInfo.hasNextPage) {
		fill(more, h('button', {
			type: 'button', onclick: () => {
				fill(more);
				page(filter, timeline.pageInfo.endCursor, state, count, more);
			},
		}, t('more')));
	}
	else {
		fill(more);
	}
}

// The entities an item involves besides its subject: an agreement's parties, an event's attendees.
function involvedList(item) {
	const others = item.involved.slice(1);
	if (others.length === 0) {
		return null;
	}
	return [' ', h('span', { class: 'involved' }, '(',
		others.map((party, i) => [i > 0 ? ', ' : '', entityLink(party.entity)]), ')')];
}
