// #/search/<text>: entities by Korean or English name, acronym or alias.

import { gql, ENTITY_BRIEF } from './api.js';
import { h, fill } from './dom.js';
import { t, pick, other, kindLabel, KIND_NAMES } from './i18n.js';
import { link, kindBadge, errorMessage, viewHeading, nextSteps } from './components.js';
import { list } from './router.js';

const PAGE = 20;

const QUERY = `query Search($text: String!, $kinds: [EntityKind!], $first: Int, $after: String) {
  search(text: $text, kinds: $kinds, first: $first, after: $after) {
    totalCount totalCountIsExact pageInfo { hasNextPage endCursor }
    edges { match matchedName snippet node { ...Brief aliases description { ko en } } }
  }
}
${ENTITY_BRIEF}`;

export async function render(main, route) {
	const text = route.args.join('/');
	const kinds = list(route.params, 'kinds').filter((k) => KIND_NAMES.includes(k));
	const input = document.getElementById('search-input');
	if (input && document.activeElement !== input) {
		input.value = text;
	}
	const results = h('ol', { class: 'results', id: 'search-results' });
	const count = h('p', { class: 'count', role: 'status' }, t('loading'));
	const more = h('p', { class: 'more' });
	fill(main,
		viewHeading(t('search.title', { q: text })),
		kindFilter(text, kinds),
		count, results, more);
	if (!text.trim()) {
		count.textContent = t('search.none', { q: text });
		return;
	}
	await page(text, kinds, null, results, count, more);
}

function kindFilter(text, kinds) {
	return h('nav', { class: 'chips', 'aria-label': t('search.kinds') },
		h('a', { href: link('search', [text]), 'aria-current': kinds.length === 0 ? 'true' : undefined }, t('network.all')),
		KIND_NAMES.map((kind) => [' ', h('a', {
			href: link('search', [text], { kinds: kind }),
			'aria-current': kinds.length === 1 && kinds[0] === kind ? 'true' : undefined,
		}, kindLabel(kind))]));
}

async function page(text, kinds, after, results, count, more) {
	let data;
	try {
		data = await gql(QUERY, { text, kinds: kinds.length > 0 ? kinds : null, first: PAGE, after });
	}
	catch (error) {
		fill(count, errorMessage(error));
		return;
	}
	const found = data.search;
	// A very common text (one syllable in a large graph) is counted among the candidates read: "at least".
	count.textContent = found.totalCount === 0 ? t('search.none', { q: text })
		: t(found.totalCountIsExact ? 'search.count' : 'search.countAtLeast', { n: found.totalCount });
	if (found.totalCount === 0 && !after) {
		count.after(nextSteps([t('next.spelling'),
			kinds.length > 0 ? [link('search', [text]), t('next.allKinds')] : null, [link('home'), t('next.home')]]));
	}
	for (const edge of found.edges) {
		results.appendChild(resultItem(edge));
	}
	if (found.pageInfo.hasNextPage) {
		const button = h('button', {
			type: 'button', onclick: () => {
				fill(more);
				page(text, kinds, found.pageInfo.endCursor, results, count, more);
			},
		}, t('more'));
		fill(more, button);
	}
	else {
		fill(more);
	}
}

function resultItem(edge) {
	const entity = edge.node;
	const second = other(entity.name);
	const shown = [pick(entity.name), second].concat(entity.acronyms);
	return h('li', { class: 'result', 'data-id': entity.id },
		h('a', { href: link('node', [entity.id]), class: 'result-link' },
			h('span', { class: 'name-primary' }, pick(entity.name)),
			entity.acronyms.length > 0 ? h('span', { class: 'acronym' }, ' (' + entity.acronyms.join(', ') + ')') : null),
		' ', kindBadge(entity.kind),
		second ? h('p', { class: 'name-secondary' }, second) : null,
		// A match in text shows the passage that matched; a match on another name, that name.
		edge.snippet ? h('p', { class: 'matched' }, t('search.matchedIn.' + edge.match, { text: edge.snippet }))
			: shown.includes(edge.matchedName) ? null : h('p', { class: 'matched' }, t('search.matched', { name: edge.matchedName })),
		entity.description ? h('p', { class: 'description' }, pick(entity.description)) : null);
}
