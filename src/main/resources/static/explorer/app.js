// The explorer: a single page over the public GraphQL API, one hash route per view (see router.js).

import { parse, href, withLang } from './router.js';
import { setLang, translate, lang, t, LANGUAGES } from './i18n.js';
import { h, fill } from './dom.js';
import { errorMessage, notFoundMessage } from './components.js';
import * as home from './home.js';
import * as search from './search.js';
import * as node from './node.js';
import * as network from './network.js';
import * as path from './path.js';
import * as timeline from './timeline.js';
import * as source from './source.js';
import * as measures from './measures.js';
import * as review from './review.js';

const VIEWS = { home, search, node, network, path, timeline, source, measures, review };

const STORED_LANGUAGE = 'innograph.lang';

let first = true;

/** The interface language: ?lang= of the address, else the last choice, else the browser's. */
function chooseLanguage(params) {
	const asked = params.get('lang');
	if (LANGUAGES.includes(asked)) {
		try {
			localStorage.setItem(STORED_LANGUAGE, asked);
		}
		catch (e) {
			// Private windows may refuse storage; the address still carries the language.
		}
		return asked;
	}
	let stored = null;
	try {
		stored = localStorage.getItem(STORED_LANGUAGE);
	}
	catch (e) {
		stored = null;
	}
	if (LANGUAGES.includes(stored)) {
		return stored;
	}
	return (navigator.language || 'ko').toLowerCase().startsWith('en') ? 'en' : 'ko';
}

function updateShell(route) {
	translate();
	document.querySelectorAll('[data-lang]').forEach((button) => {
		button.setAttribute('aria-pressed', String(button.dataset.lang === lang()));
	});
	document.querySelectorAll('[data-route]').forEach((a) => {
		a.href = href(a.dataset.route, [], {}, lang());
		if (a.dataset.route === route.view) {
			a.setAttribute('aria-current', 'page');
		}
		else {
			a.removeAttribute('aria-current');
		}
	});
	const input = document.getElementById('search-input');
	if (route.view !== 'search' && input && document.activeElement !== input) {
		input.value = '';
	}
}

/**
 * The window's title for a view: what its heading names (the entity, the search, the two ends of a path),
 * so that tabs, bookmarks and history tell views apart.
 */
function titleOf(view, route) {
	if (route.view === 'home') {
		return t('app.title');
	}
	const heading = view.querySelector('#paths-heading') || view.querySelector('.view-heading');
	const named = heading && (heading.querySelector('.name-primary') || heading);
	const text = named ? named.textContent.replace(/\s+/g, ' ').trim() : '';
	return text ? t('page.title', { title: text }) : t('app.title');
}

async function render() {
	const route = parse();
	setLang(chooseLanguage(route.params));
	updateShell(route);
	const main = document.getElementById('main');
	// Each render fills its own container: a slow answer for a view left behind cannot overwrite the next.
	const view = h('div', { class: 'view view-' + route.view });
	fill(main, view);
	main.dataset.view = route.view;
	main.removeAttribute('data-ready');
	const module = VIEWS[route.view];
	let result;
	if (!module) {
		fill(view, h('h1', { class: 'view-heading', tabindex: '-1' }, route.view), notFoundMessage(route.view));
	}
	else {
		try {
			result = await module.render(view, route);
		}
		catch (error) {
			view.appendChild(errorMessage(error));
		}
	}
	if (view.isConnected) {
		document.title = titleOf(view, route);
		main.dataset.ready = 'true';
		if (!first && result !== 'focused') {
			const heading = view.querySelector('.view-heading');
			if (heading) {
				heading.focus({ preventScroll: true });
			}
			window.scrollTo(0, 0);
		}
		first = false;
	}
}

function setUp() {
	document.getElementById('search-form').addEventListener('submit', (event) => {
		event.preventDefault();
		const text = document.getElementById('search-input').value.trim();
		if (text) {
			window.location.hash = href('search', [text], {}, lang());
		}
	});
	document.querySelectorAll('[data-lang]').forEach((button) => {
		button.addEventListener('click', () => {
			window.location.hash = withLang(window.location.hash, button.dataset.lang);
		});
	});
	document.getElementById('skip-link').addEventListener('click', (event) => {
		// A plain #main would replace the route.
		event.preventDefault();
		const heading = document.querySelector('#main .view-heading') || document.getElementById('main');
		heading.focus();
	});
	window.addEventListener('hashchange', render);
	render();
}

setUp();
