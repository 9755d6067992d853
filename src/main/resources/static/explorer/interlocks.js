// An entity's interlocks on its page: the agreements, councils, programmes and clusters it shares with others
// (Entity.interlocks), grouped by what they share, each seat with its basis and its evidence one click away.

import { gql, EVIDENCE, ENTITY_BRIEF } from './api.js';
import { h, fill } from './dom.js';
import { t } from './i18n.js';
import { entityLink, kindBadge, basisBadge, basisClass, evidenceList, loading, errorMessage } from './components.js';

export const INTERLOCK_PAGE = 20;

/**
 * The fields the entity page asks for. The partners' evidence is not among them: twenty tables of up to a hundred
 * partners with their quotes is more than the query analysis allows, so a partner's quotes load when opened.
 */
export const INTERLOCKS = `
fragment Interlocks on InterlockConnection {
  totalCount pageInfo { hasNextPage endCursor }
  nodes {
    via { ...Brief date { text } } basis partnerCount
    links { id type basis evidence { ...Ev } }
    partners { entity { ...Brief } basis links { id } }
  }
}`;

const MORE = `query MoreInterlocks($key: String!, $after: String) {
  entity(key: $key) { interlocks(first: ${INTERLOCK_PAGE}, after: $after) { ...Interlocks } }
}
${INTERLOCKS}
${ENTITY_BRIEF}
${EVIDENCE}`;

const LINK_EVIDENCE = `query LinkEvidence($ids: [ID!]!) { nodes(ids: $ids) { ... on Relationship { id evidence { ...Ev } } } }
${EVIDENCE}`;

/** The section of an entity page; empty tables say so rather than vanish. */
export function interlocksSection(entity) {
	const connection = entity.interlocks;
	const list = h('ul', { class: 'interlock-list' });
	const more = h('p', { class: 'more' });
	const section = h('section', { class: 'card interlocks', id: 'interlocks', 'aria-labelledby': 'interlocks-heading', 'data-total': String(connection.totalCount) },
		h('h2', { id: 'interlocks-heading' }, t('interlocks.title', { n: connection.totalCount })),
		h('p', { class: 'muted' }, connection.totalCount === 0 ? t('interlocks.none') : t('interlocks.intro')),
		list, more);
	add(entity.id, list, more, connection);
	return section;
}

function add(entityId, list, more, connection) {
	connection.nodes.forEach((interlock) => list.appendChild(interlockItem(interlock)));
	if (!connection.pageInfo.hasNextPage) {
		fill(more);
		return;
	}
	const button = h('button', {
		type: 'button', onclick: async () => {
			button.disabled = true;
			try {
				const data = await gql(MORE, { key: entityId, after: connection.pageInfo.endCursor });
				add(entityId, list, more, data.entity.interlocks);
			}
			catch (error) {
				fill(more, errorMessage(error));
			}
		},
	}, t('more'));
	fill(more, button);
}

function interlockItem(interlock) {
	const via = interlock.via;
	const evidence = interlock.links.flatMap((link) => link.evidence);
	return h('li', { class: 'interlock' + basisClass(interlock.basis), 'data-via': via.id, 'data-basis': interlock.basis },
		h('p', { class: 'interlock-via' }, kindBadge(via.kind), ' ', entityLink(via), via.date ? h('span', { class: 'date' }, ' · ' + via.date.text) : null,
			' ', basisBadge(interlock.basis), ' ', h('span', { class: 'muted' }, '· ' + t('interlocks.others', { n: interlock.partnerCount }))),
		evidence.length > 0 ? h('details', { class: 'interlock-own' },
			h('summary', {}, t('interlocks.own') + ' · ' + t('interlocks.evidence')), evidenceList(evidence)) : null,
		h('ul', { class: 'partner-list' }, interlock.partners.map(partnerItem)));
}

function partnerItem(partner) {
	const body = h('div', { class: 'partner-evidence' });
	const details = h('details', { class: 'partner-details' }, h('summary', {}, t('interlocks.evidence')), body);
	// The quotes load once, the first time the reader opens them.
	details.addEventListener('toggle', async () => {
		if (!details.open || body.dataset.loaded) {
			return;
		}
		body.dataset.loaded = 'true';
		fill(body, loading());
		try {
			const data = await gql(LINK_EVIDENCE, { ids: partner.links.map((link) => link.id) });
			fill(body, evidenceList(data.nodes.filter((n) => n).flatMap((n) => n.evidence)));
		}
		catch (error) {
			delete body.dataset.loaded;
			fill(body, errorMessage(error));
		}
	});
	return h('li', { class: 'partner' + basisClass(partner.basis), 'data-id': partner.entity.id, 'data-basis': partner.basis },
		entityLink(partner.entity), ' ', kindBadge(partner.entity.kind), ' ', basisBadge(partner.basis), ' ', details);
}
