// "Cite this link": the relationship's ready-made citation and permalink, shown selected in a dialog
// and copied to the clipboard where the browser allows it.

import { gql } from './api.js';
import { h, fill } from './dom.js';
import { t, lang } from './i18n.js';
import { href, absolute } from './router.js';

const QUERY = `query Citation($id: ID!, $language: Language) {
  node(id: $id) { ... on Relationship { id citation(language: $language) } }
}`;

let returnFocus = null;

function dialog() {
	let el = document.getElementById('cite-dialog');
	if (!el) {
		el = h('dialog', { id: 'cite-dialog', 'aria-labelledby': 'cite-title' });
		el.addEventListener('close', () => {
			if (returnFocus) {
				returnFocus.focus();
			}
		});
		document.body.appendChild(el);
	}
	return el;
}

/** Opens the citation dialog for a relationship id; `opener` gets the focus back on close. */
export async function openCitation(id, opener) {
	returnFocus = opener || null;
	const el = dialog();
	const text = h('textarea', { id: 'cite-text', readonly: true, rows: '7', 'aria-labelledby': 'cite-label' });
	const status = h('p', { id: 'cite-status', role: 'status' });
	const copy = h('button', { type: 'button', id: 'cite-copy', onclick: () => copyText(text, status) }, t('cite.copy'));
	const close = h('button', { type: 'button', id: 'cite-close', onclick: () => el.close() }, t('cite.close'));
	fill(el,
		h('h2', { id: 'cite-title' }, t('cite.title')),
		h('label', { id: 'cite-label', for: 'cite-text' }, t('cite.label')),
		text, status,
		h('p', { class: 'dialog-actions' }, copy, ' ', close));
	text.value = t('loading');
	if (!el.open) {
		el.showModal();
	}
	try {
		const data = await gql(QUERY, { id, language: lang().toUpperCase() });
		const citation = (data.node && data.node.citation) || id;
		// The API's citation ends with the permalink; add one only if a future format leaves it out.
		text.value = citation.includes('#/node/') ? citation : citation + ' ' + absolute(href('node', [id]));
		text.dataset.ready = 'true';
		text.focus();
		text.select();
		await copyText(text, status);
	}
	catch (error) {
		text.value = t('error', { message: error.message });
	}
}

async function copyText(textarea, status) {
	textarea.focus();
	textarea.select();
	try {
		if (navigator.clipboard && window.isSecureContext) {
			await navigator.clipboard.writeText(textarea.value);
			status.textContent = t('cite.copied');
			return;
		}
	}
	catch (e) {
		// Denied (no user gesture, or a headless browser): fall back to the selection.
	}
	try {
		if (document.execCommand('copy')) {
			status.textContent = t('cite.copied');
			return;
		}
	}
	catch (e) {
		// Older browsers throw instead of returning false.
	}
	status.textContent = t('cite.select');
}
