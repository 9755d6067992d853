// #/node/<id>: an entity page, or the page of a relationship, source, fact or evidence record.

import { gql, RELATIONSHIP } from './api.js';
import { h, fill } from './dom.js';
import { t, pick, kindLabel, typeLabel, entityTypeLabel, factKeyLabel, readable } from './i18n.js';
import {
	link, kindBadge, statusBadge, basisBadge, basisClass, basisLegend, evidenceList, relationshipItem, exportLinks,
	loading, errorMessage, notFoundMessage, viewHeading, bothNames, period, cssId,
} from './components.js';
import { show as showDocument } from './source.js';
import { INTERLOCKS, INTERLOCK_PAGE, interlocksSection } from './interlocks.js';

const PAGE = 100;

const QUERY = `query Node($id: ID!, $first: Int) {
  node(id: $id) {
    __typename id
    ... on Entity {
      ...Brief entityType: type aliases code status note degree
      description { ko en } date { text } validFrom { text } validTo { text }
      evidence { ...Ev }
      facts {
        id key display text { ko en } date { text } from { text } to { text } basis statedOn { text } note
        evidence { ...Ev }
      }
      relationships(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { ...Rel } }
      interlocks(first: ${INTERLOCK_PAGE}) { ...Interlocks }
    }
    ... on Relationship { ...Rel }
    ... on Fact {
      key display note basis date { text } text { ko en } evidence { ...Ev }
    }
    ... on Evidence { ...Ev }
  }
}
${RELATIONSHIP}
${INTERLOCKS}`;

const MORE = `query More($id: String!, $after: String) {
  entity(key: $id) { relationships(first: ${PAGE}, after: $after) {
    pageInfo { hasNextPage endCursor } nodes { ...Rel } } }
}
${RELATIONSHIP}`;

const CITATION = `query Citation($id: ID!, $language: Language) {
  node(id: $id) { ... on Relationship { citation(language: $language) } }
}`;

export async function render(main, route) {
	const id = route.args.join('/');
	fill(main, loading());
	let data;
	try {
		data = await gql(QUERY, { id, first: PAGE });
	}
	catch (error) {
		fill(main, viewHeading(id), errorMessage(error));
		return;
	}
	const node = data.node;
	if (!node) {
		fill(main, viewHeading(id), notFoundMessage(id));
		return;
	}
	switch (node.__typename) {
		case 'Entity':
			return entityView(main, node, route.params.get('highlight'));
		case 'Relationship':
			return relationshipView(main, node);
		case 'Source':
			// A document's page is its document view, with its text where the service has it.
			return showDocument(main, node.id, route.params.get('line'), route.params.get('evidence'));
		case 'Fact':
			return factView(main, node);
		default:
			return evidenceView(main, node);
	}
}

function entityView(main, entity, highlight) {
	const attributes = [];
	const row = (label, value) => {
		if (value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) {
			attributes.push(h('dt', {}, t(label)), h('dd', { 'data-row': label }, value));
		}
	};
	row('entity.kind', kindLabel(entity.kind));
	row('entity.type', entity.entityType && entityTypeLabel(entity.entityType));
	row('entity.names', [h('span', { lang: 'ko' }, entity.name.ko), entity.name.en ? [' · ', h('span', { lang: 'en' }, entity.name.en)] : null]);
	row('entity.acronyms', entity.acronyms.join(', '));
	row('entity.aliases', entity.aliases.join(', '));
	row('entity.code', entity.code);
	row('entity.date', entity.date && entity.date.text);
	row('entity.valid', period(entity.validFrom, entity.validTo));
	row('entity.status', statusBadge(entity.status));
	row('entity.degree', String(entity.degree));
	row('entity.description', readable(pick(entity.description)));
	row('entity.note', readable(entity.note));

	const groups = h('div', { class: 'rel-groups' });
	const state = { entity, groups: new Map(), highlight };
	addRelationships(state, groups, entity.relationships.nodes);
	const more = h('p', { class: 'more' });
	pager(state, groups, more, entity.relationships.pageInfo);

	fill(main,
		h('article', { class: 'entity', 'data-id': entity.id },
			h('header', { class: 'entity-header' },
				h('p', { class: 'kicker' }, kindBadge(entity.kind), ' ', h('code', { class: 'id' }, entity.id)),
				viewHeading(...bothNames(entity.name)),
				h('p', { class: 'view-actions' },
					h('a', { class: 'button', href: link('network', [entity.id]) }, t('entity.network')), ' ',
					h('a', { class: 'button', href: link('timeline', [], { involving: entity.id }) }, t('entity.timeline')), ' ',
					h('a', { class: 'button', href: link('path', [entity.id]) }, t('entity.pathFrom'))),
				exportLinks({ around: entity.id, hops: 1 })),
			h('section', { class: 'card attributes', 'aria-labelledby': 'attributes-heading' },
				h('h2', { id: 'attributes-heading' }, t('entity.attributes')),
				h('dl', {}, attributes)),
			entity.facts.length > 0 ? h('section', { class: 'card facts', 'aria-labelledby': 'facts-heading' },
				h('h2', { id: 'facts-heading' }, t('entity.facts')),
				h('ul', { class: 'fact-list' }, entity.facts.map(factItem))) : null,
			interlocksSection(entity),
			h('section', { class: 'card relationships', 'aria-labelledby': 'relationships-heading' },
				h('h2', { id: 'relationships-heading' }, t('entity.relationships', { n: entity.relationships.totalCount })),
				entity.relationships.totalCount === 0 ? h('p', {}, t('entity.noRelationships')) : basisLegend(),
				groups, more),
			entity.evidence.length > 0 ? h('section', { class: 'card entity-evidence', 'aria-labelledby': 'evidence-heading' },
				h('h2', { id: 'evidence-heading' }, t('entity.evidence')),
				evidenceList(entity.evidence)) : null));
	if (highlight) {
		const target = main.querySelector('#rel-' + cssId(highlight));
		if (target) {
			target.scrollIntoView({ block: 'center' });
			target.focus({ preventScroll: true });
			return 'focused';
		}
	}
	return undefined;
}

/** Relationships grouped by type and by which end the entity is, in the order the API sorts them. */
function addRelationships(state, container, relationships) {
	for (const rel of relationships) {
		const forward = rel.from.id === state.entity.id || rel.symmetric;
		const key = rel.type + (forward ? '>' : '<');
		let group = state.groups.get(key);
		if (!group) {
			const list = h('ul', { class: 'rel-list' });
			const count = h('span', { class: 'count' });
			const heading = h('h3', {}, typeLabel(rel.type, forward), ' ', count);
			group = { list, count, n: 0 };
			container.appendChild(h('section', { class: 'rel-group', 'data-type': rel.type, 'data-forward': String(forward) },
				heading, list));
			state.groups.set(key, group);
		}
		group.list.appendChild(relationshipItem(rel, state.entity.id, { anchor: true, highlight: rel.id === state.highlight }));
		group.n += 1;
		group.count.textContent = '(' + group.n + ')';
	}
}

function pager(state, container, more, pageInfo) {
	if (!pageInfo.hasNextPage) {
		fill(more);
		return;
	}
	const button = h('button', {
		type: 'button', onclick: async () => {
			button.disabled = true;
			const data = await gql(MORE, { id: state.entity.id, after: pageInfo.endCursor });
			const page = data.entity.relationships;
			addRelationships(state, container, page.nodes);
			pager(state, container, more, page.pageInfo);
		},
	}, t('more'));
	fill(more, button);
}

/**
 * A fact's value: its display string (in the interface language, which the API's Accept-Language asks for),
 * with its text beside it when it has both, e.g. an amount and what it is for.
 */
function factValue(fact) {
	const text = fact.text ? pick(fact.text) : null;
	return text && text !== fact.display ? fact.display + ' — ' + text : fact.display;
}

function factItem(fact) {
	const value = factValue(fact);
	const when = fact.date ? fact.date.text : period(fact.from, fact.to);
	return h('li', { class: 'fact' + basisClass(fact.basis), 'data-key': fact.key },
		h('p', {}, h('strong', { title: fact.key }, factKeyLabel(fact.key)), ': ', value, when ? h('span', { class: 'date' }, ' · ' + when) : null,
			fact.basis && fact.basis !== 'STATED' ? [' ', basisBadge(fact.basis)] : null),
		fact.note ? h('p', { class: 'note' }, readable(fact.note)) : null,
		evidenceList(fact.evidence));
}

async function relationshipView(main, rel) {
	const citation = h('p', { class: 'citation', id: 'citation' });
	fill(main,
		h('article', { class: 'relationship-view', 'data-id': rel.id },
			h('p', { class: 'kicker' }, t('rel.heading'), ' ', h('code', { class: 'id' }, rel.id)),
			viewHeading(pick(rel.from.name), ' ', h('span', { class: 'rel-type' }, typeLabel(rel.type, true)), ' ', pick(rel.to.name)),
			h('p', { class: 'view-actions' },
				h('a', { class: 'button', href: link('node', [rel.from.id], { highlight: rel.id }) },
					t('rel.context', { name: pick(rel.from.name) })), ' ',
				h('a', { class: 'button', href: link('node', [rel.to.id], { highlight: rel.id }) },
					t('rel.context', { name: pick(rel.to.name) }))),
			h('ul', { class: 'rel-list single' }, relationshipItem(rel, null)),
			h('section', { class: 'card', 'aria-labelledby': 'citation-heading' },
				h('h2', { id: 'citation-heading' }, t('rel.citation')), citation)));
	try {
		const data = await gql(CITATION, { id: rel.id, language: document.documentElement.lang.toUpperCase() });
		citation.textContent = data.node.citation;
	}
	catch (error) {
		fill(citation, errorMessage(error));
	}
}

function factView(main, fact) {
	const owner = fact.id.split('#')[0];
	fill(main,
		h('article', { class: 'fact-view', 'data-id': fact.id },
			h('p', { class: 'kicker' }, h('code', { class: 'id' }, fact.id)),
			viewHeading(factKeyLabel(fact.key) + ': ' + factValue(fact)),
			h('p', {}, basisBadge(fact.basis)),
			h('p', {}, t('fact.owner') + ': ', h('a', { href: link('node', [owner]) }, owner)),
			evidenceList(fact.evidence)));
}

function evidenceView(main, ev) {
	fill(main,
		h('article', { class: 'evidence-view', 'data-id': ev.id },
			h('p', { class: 'kicker' }, h('code', { class: 'id' }, ev.id)),
			viewHeading(pick(ev.source.title)),
			evidenceList([ev])));
}
