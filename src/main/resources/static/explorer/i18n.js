// Interface texts in Korean and English. Data (names, quotes) comes from the API in both languages;
// these are only the words of the interface itself.

import { FACT_KEYS, ENTITY_TYPES, ROLES } from './vocabulary.js';
import { RESEARCH_TEXTS } from './research-i18n.js';
import { REVIEW_TEXTS } from './review-i18n.js';

const TEXTS = {
	ko: {
		'app.title': 'Innograph 탐색기',
		'app.tagline': '한국 혁신 생태계 지식 그래프 — 모든 연결에 출처가 있습니다',
		'skip': '본문으로 건너뛰기',
		'nav.home': '처음',
		'nav.path': '경로 찾기',
		'nav.timeline': '연표',
		'nav.api': 'GraphQL API',
		'nav.label': '주 메뉴',
		'lang.label': '언어',
		'search.label': '검색',
		'search.placeholder': '기관, 클러스터, 협약… (한국어, 영어, 약어)',
		'search.button': '검색',
		'search.title': '“{q}” 검색 결과',
		'search.count': '{n}건',
		'search.countAtLeast': '{n}건 이상',
		'search.none': '“{q}”에 맞는 항목이 없습니다.',
		'search.matched': '일치: {name}',
		'search.matchedIn.DESCRIPTION': '설명: {text}',
		'search.matchedIn.FACT': '사실: {text}',
		'search.matchedIn.QUOTE': '인용: {text}',
		'search.kinds': '종류로 좁히기',
		'more': '더 보기',
		'loading': '불러오는 중…',
		'error': '오류: {message}',
		'notFound': '“{id}” 항목을 찾을 수 없습니다.',
		'home.heading': '무엇이 누구와, 언제부터, 어느 문서에 따라 연결되어 있는지',
		'home.intro': '연구기관, 클러스터, 산업단지, 협약, 협의체, 사업과 계획을 찾아보고, 관계망을 펼치고, 두 기관 사이의 경로를 근거 문장과 함께 확인하세요.',
		'home.journeys': '예시 둘러보기',
		'journey.path': 'KAIST → 전남 발사체 클러스터: 경로와 근거',
		'journey.triangle': '국가 우주산업 클러스터 3각 체제: 관계망',
		'journey.mou': '2023-10-19 대전 우주산업 업무협약',
		'journey.kaist': '한국과학기술원(KAIST)',
		'journey.timeline': '연표: 협약, 지정, 행사',
		'home.stats': '그래프 규모',
		'stats.entities': '항목',
		'stats.relationships': '관계',
		'stats.evidence': '근거 인용',
		'stats.sources': '출처 문서',
		'home.sources': '출처 문서',
		'entity.names': '이름',
		'entity.kind': '종류',
		'entity.type': '세부 종류',
		'entity.acronyms': '약어',
		'entity.aliases': '다른 이름',
		'entity.code': '코드',
		'entity.date': '날짜',
		'entity.valid': '기간',
		'entity.status': '상태',
		'entity.note': '참고',
		'entity.description': '설명',
		'entity.degree': '관계 수',
		'entity.facts': '수치와 사실',
		'entity.evidence': '이 항목의 근거',
		'entity.relationships': '관계 ({n})',
		'entity.noRelationships': '관계가 없습니다.',
		'entity.network': '관계망 보기',
		'entity.timeline': '연표 보기',
		'entity.pathFrom': '여기서 경로 찾기',
		'entity.attributes': '기본 정보',
		'rel.cite': '이 연결 인용하기',
		'rel.permalink': '고유 링크',
		'rel.since': '{date}부터',
		'rel.until': '{date}까지',
		'rel.role': '역할',
		'rel.statedOn': '{date} 문서에 처음 나옴',
		'rel.amount': '금액',
		'rel.heading': '연결',
		'rel.context': '{name}의 관계 목록에서 보기',
		'rel.citation': '인용문',
		'evidence.source': '출처',
		'evidence.locator': '위치',
		'evidence.published': '발행',
		'cite.title': '이 연결 인용하기',
		'cite.copy': '복사',
		'cite.close': '닫기',
		'cite.copied': '클립보드에 복사했습니다.',
		'cite.select': '선택된 글을 복사하세요 (Ctrl+C / ⌘C).',
		'cite.label': '인용문과 고유 링크',
		'export.label': '내보내기',
		'export.graphml': 'GraphML',
		'export.gexf': 'GEXF',
		'export.csv': 'CSV',
		'export.cytoscape': 'Cytoscape JSON',
		'network.title': '{name} 주변 관계망',
		'network.filters': '거르기',
		'network.kinds': '항목 종류',
		'network.types': '관계 종류',
		'network.asOf': '기준일',
		'network.apply': '적용',
		'network.reset': '초기화',
		'network.hint': '점을 누르면 그 이웃까지 펼쳐집니다. 점이나 선에 마우스를 올리면 전체 이름과 관계가 보입니다. 목록으로도 탐색할 수 있습니다.',
		'network.list': '보이는 항목 ({n})',
		'network.expand': '펼치기',
		'network.expanded': '펼침',
		'network.open': '열기',
		'network.selected': '선택한 항목',
		'network.tooMany': '한 번에 {n}개까지 펼칠 수 있습니다. 더 보려면 다른 항목을 가운데에 두고 관계망을 여세요.',
		'network.tools': '관계망 도구',
		'network.notOnDate': '{date} 기준으로는 {name}이(가) 그래프에 없어 그릴 관계가 없습니다.',
		'network.anyDate': '기준일 없이 보기',
		'network.fit': '전체 보기',
		'network.savePng': 'PNG로 저장',
		'network.saveSvg': 'SVG로 저장',
		'network.copyLink': '링크 복사',
		'network.copied': '링크를 복사했습니다.',
		'network.copyFailed': '복사하지 못했습니다. 옆의 링크를 쓰세요.',
		'network.permalink': '이 그림의 주소',
		'network.skipToList': '항목 목록으로 건너뛰기',
		'network.keys': '그림을 선택하면 화살표로 옮기고 +, −로 확대·축소, 0으로 전체 보기, 휠로 확대합니다. 휴대전화에서는 한 손가락으로 페이지를 넘기고 두 손가락으로 그림을 옮기거나 확대합니다.',
		'network.expandName': '{name} 펼치기',
		'network.legendKinds': '점의 색: 항목 종류',
		'network.legendTypes': '선: 관계 종류',
		'network.legendStatus': '화살표 끝: 관계의 상태',
		'network.noStatus': '상태 없음',
		'network.end.settled': '채운 화살표',
		'network.end.intended': '빈 화살표',
		'network.end.done': '막대 달린 화살표',
		'network.end.none': '열린 화살표',
		'network.graphLabel': '{name} 주변 관계망 그림',
		'network.all': '모두',
		'network.none': '그림의 점이나 선을 누르면 여기에 설명이 나옵니다.',
		'network.filterHint': '아무것도 고르지 않으면 모두 보입니다.',
		'path.title': '경로 찾기',
		'path.from': '출발',
		'path.to': '도착',
		'path.maxHops': '최대 단계',
		'path.asOf': '기준일',
		'path.find': '경로 찾기',
		'path.placeholder': '이름, 약어 또는 ID (예: KAIST, org:kaist)',
		'path.heading': '{from} → {to}',
		'path.none': '{max}단계 안에 문서로 뒷받침되는 경로가 없습니다.',
		'path.item': '경로 {n} · {hops}단계',
		'path.hop': '{n}단계',
		'path.partnership': '두 항목 사이:',
		'path.unresolved': '“{q}”에 맞는 항목이 없습니다.',
		'path.intro': '두 항목 사이의 가장 짧은 관계 사슬을 찾고, 단계마다 근거 문장을 보여 줍니다.',
		'timeline.title': '연표',
		'timeline.involving': '{name} 관련 연표',
		'timeline.from': '시작일',
		'timeline.to': '종료일',
		'timeline.apply': '적용',
		'timeline.count': '{n}건',
		'timeline.none': '해당 기간에 날짜가 있는 항목이 없습니다.',
		'timeline.all': '전체 연표',
		'source.title': '출처 문서',
		'source.publisher': '발행처',
		'source.published': '발행일',
		'source.kind': '문서 종류',
		'source.url': '원문',
		'fact.owner': '속성의 주체',
		'basis.legend': '연결의 근거',
		'basis.legendHint': '문서가 그렇다고 말하는 연결, 계획·추진할 것이라고만 말하는 연결, 문서가 직접 말하지 않아 정리하는 사람이 읽어 낸 연결을 구분해 보여 줍니다.',
		'basis.of': '근거: {basis}',
		'path.allStated': '모든 단계가 문서에 명시된 연결입니다.',
		'path.notAllStated': '계획되었거나 추론된 단계가 있습니다.',
		'verdict.label': '판정',
		'evidence.open': '문서에서 보기',
		'doc.heading': '원문',
		'doc.line': '{n}행',
		'doc.lines': '{from}–{to}행',
		'doc.lineCount': '전체 {n}행',
		'doc.earlier': '앞부분 더 보기',
		'doc.later': '뒷부분 더 보기',
		'doc.start': '문서 처음',
		'doc.end': '문서 끝',
		'doc.unavailable': '이 문서의 원문이 이 서비스에 없습니다. 인용과 위치는 위와 같습니다. 원문은 발행처에서 찾아볼 수 있습니다.',
		'doc.cited': '인용 위치',
		'doc.metadata': '문서 정보',
		'doc.read': '원문 읽기',
		'doc.noSuchLine': '이 문서에는 {n}행이 없습니다 (전체 {count}행).',
		'direction.out': '→',
		'direction.in': '←',
	},
	en: {
		'app.title': 'Innograph explorer',
		'app.tagline': 'A knowledge graph of the Korean innovation ecosystem — every link with its source',
		'skip': 'Skip to content',
		'nav.home': 'Home',
		'nav.path': 'Path finder',
		'nav.timeline': 'Timeline',
		'nav.api': 'GraphQL API',
		'nav.label': 'Main menu',
		'lang.label': 'Language',
		'search.label': 'Search',
		'search.placeholder': 'Institutes, clusters, agreements… (Korean, English, acronyms)',
		'search.button': 'Search',
		'search.title': 'Results for “{q}”',
		'search.count': 'Found: {n}',
		'search.countAtLeast': 'Found: at least {n}',
		'search.none': 'Nothing matches “{q}”.',
		'search.matched': 'matched: {name}',
		'search.matchedIn.DESCRIPTION': 'in the description: {text}',
		'search.matchedIn.FACT': 'in a fact: {text}',
		'search.matchedIn.QUOTE': 'in a quote: {text}',
		'search.kinds': 'Narrow by kind',
		'more': 'Show more',
		'loading': 'Loading…',
		'error': 'Error: {message}',
		'notFound': 'Nothing with the id “{id}”.',
		'home.heading': 'Who is linked to whom, since when, and which document says so',
		'home.intro': 'Look up research institutes, clusters, industrial complexes, agreements, councils, programs and plans; unfold their network; and trace the path between two of them with the sentence that supports each step.',
		'home.journeys': 'Example journeys',
		'journey.path': 'KAIST → Jeonnam launch-vehicle cluster: path and evidence',
		'journey.triangle': 'National space industry cluster triangle: network',
		'journey.mou': 'The 2023-10-19 Daejeon space-industry MOU',
		'journey.kaist': 'KAIST',
		'journey.timeline': 'Timeline: agreements, designations, events',
		'home.stats': 'Size of the graph',
		'stats.entities': 'entities',
		'stats.relationships': 'relationships',
		'stats.evidence': 'quotes',
		'stats.sources': 'source documents',
		'home.sources': 'Source documents',
		'entity.names': 'Names',
		'entity.kind': 'Kind',
		'entity.type': 'Type',
		'entity.acronyms': 'Acronyms',
		'entity.aliases': 'Also known as',
		'entity.code': 'Code',
		'entity.date': 'Date',
		'entity.valid': 'Period',
		'entity.status': 'Status',
		'entity.note': 'Note',
		'entity.description': 'Description',
		'entity.degree': 'Relationships',
		'entity.facts': 'Figures and facts',
		'entity.evidence': 'Evidence for this entity',
		'entity.relationships': 'Relationships ({n})',
		'entity.noRelationships': 'No relationships.',
		'entity.network': 'Network view',
		'entity.timeline': 'Timeline',
		'entity.pathFrom': 'Find a path from here',
		'entity.attributes': 'About',
		'rel.cite': 'Cite this link',
		'rel.permalink': 'Permalink',
		'rel.since': 'since {date}',
		'rel.until': 'until {date}',
		'rel.role': 'Role',
		'rel.statedOn': 'first stated {date}',
		'rel.amount': 'Amount',
		'rel.heading': 'Link',
		'rel.context': 'See it among the relationships of {name}',
		'rel.citation': 'Citation',
		'evidence.source': 'Source',
		'evidence.locator': 'at',
		'evidence.published': 'published',
		'cite.title': 'Cite this link',
		'cite.copy': 'Copy',
		'cite.close': 'Close',
		'cite.copied': 'Copied to the clipboard.',
		'cite.select': 'The text is selected: copy it (Ctrl+C / ⌘C).',
		'cite.label': 'Citation and permalink',
		'export.label': 'Export',
		'export.graphml': 'GraphML',
		'export.gexf': 'GEXF',
		'export.csv': 'CSV',
		'export.cytoscape': 'Cytoscape JSON',
		'network.title': 'Network around {name}',
		'network.filters': 'Filters',
		'network.kinds': 'Kinds of entity',
		'network.types': 'Kinds of relationship',
		'network.asOf': 'As of',
		'network.apply': 'Apply',
		'network.reset': 'Reset',
		'network.hint': 'Click a node to unfold its neighbours; hover a node or a line for its full name and relationship. The list offers the same with the keyboard.',
		'network.list': 'Shown entities ({n})',
		'network.expand': 'Unfold',
		'network.expanded': 'unfolded',
		'network.open': 'Open',
		'network.selected': 'Selected',
		'network.tooMany': 'At most {n} entities can be unfolded at once. To go further, open the network around another entity.',
		'network.tools': 'Network tools',
		'network.notOnDate': '{name} is not in the graph as of {date}, so there is nothing to draw for that day.',
		'network.anyDate': 'Show it without the date',
		'network.fit': 'Fit to view',
		'network.savePng': 'Save as PNG',
		'network.saveSvg': 'Save as SVG',
		'network.copyLink': 'Copy link',
		'network.copied': 'Link copied.',
		'network.copyFailed': 'Could not copy: use the link beside the button.',
		'network.permalink': 'Link to this map',
		'network.skipToList': 'Skip to the list of entities',
		'network.keys': 'With the map focused, arrows move it, + and − zoom, 0 fits it, and the wheel zooms. On a phone, one finger scrolls the page and two fingers move or zoom the map.',
		'network.expandName': 'Unfold {name}',
		'network.legendKinds': 'Dot colour: kind of entity',
		'network.legendTypes': 'Lines: kind of relationship',
		'network.legendStatus': 'Arrowheads: status of the link',
		'network.noStatus': 'no status given',
		'network.end.settled': 'filled arrow',
		'network.end.intended': 'hollow arrow',
		'network.end.done': 'arrow with a bar',
		'network.end.none': 'open arrow',
		'network.graphLabel': 'Network drawing around {name}',
		'network.all': 'All',
		'network.none': 'Click a node or a line of the drawing to see it described here.',
		'network.filterHint': 'Nothing ticked shows everything.',
		'path.title': 'Path finder',
		'path.from': 'From',
		'path.to': 'To',
		'path.maxHops': 'At most hops',
		'path.asOf': 'As of',
		'path.find': 'Find paths',
		'path.placeholder': 'Name, acronym or id (e.g. KAIST, org:kaist)',
		'path.heading': '{from} → {to}',
		'path.none': 'No documented path within {max} hops.',
		'path.item': 'Path {n} · {hops} hops',
		'path.hop': 'Hop {n}',
		'path.partnership': 'Between the two:',
		'path.unresolved': 'Nothing matches “{q}”.',
		'path.intro': 'The shortest chains of relationships between two entities, with the sentence that supports each step.',
		'timeline.title': 'Timeline',
		'timeline.involving': 'Timeline of {name}',
		'timeline.from': 'From',
		'timeline.to': 'To',
		'timeline.apply': 'Apply',
		'timeline.count': 'Dated items: {n}',
		'timeline.none': 'Nothing dated in this period.',
		'timeline.all': 'Whole timeline',
		'source.title': 'Source document',
		'source.publisher': 'Publisher',
		'source.published': 'Published',
		'source.kind': 'Kind of document',
		'source.url': 'Original',
		'fact.owner': 'Attribute of',
		'basis.legend': 'What a link rests on',
		'basis.legendHint': 'Links a document states, links it only plans or calls for, and links a curator read into a text that does not say them are told apart.',
		'basis.of': 'Basis: {basis}',
		'path.allStated': 'Every hop is a link the documents state.',
		'path.notAllStated': 'Some hops are planned or inferred, not stated.',
		'verdict.label': 'Verdict',
		'evidence.open': 'Read in the document',
		'doc.heading': 'Text',
		'doc.line': 'line {n}',
		'doc.lines': 'lines {from}–{to}',
		'doc.lineCount': '{n} lines',
		'doc.earlier': 'Show earlier lines',
		'doc.later': 'Show later lines',
		'doc.start': 'Start of the document',
		'doc.end': 'End of the document',
		'doc.unavailable': 'The text of this document is not available on this service. The citation above still says where the quote is; the publisher has the original.',
		'doc.cited': 'Quoted at',
		'doc.metadata': 'About the document',
		'doc.read': 'Read the text',
		'doc.noSuchLine': 'This document has no line {n} (it has {count}).',
		'direction.out': '→',
		'direction.in': '←',
	},
};

// Next steps on empty and error pages, friendly errors, page titles (pages that behave like pages).
const PAGE_TEXTS = {
	ko: {
		'page.title': '{title} — Innograph',
		'next.heading': '다음에 해 볼 일',
		'next.search': '“{q}” 검색하기',
		'next.home': '처음 화면의 예시 둘러보기',
		'next.timeline': '전체 연표 보기',
		'next.retry': '다시 시도하기',
		'next.allKinds': '종류 제한 없이 다시 검색하기',
		'next.spelling': '철자를 확인하거나 한국어 이름, 영어 이름, 약어(예: KAIST, 항우연)로 찾아 보세요.',
		'next.widen': '기간을 넓히거나 종류 제한을 없애 보세요.',
		'next.moreHops': '최대 {n}단계까지 찾아보기',
		'next.network': '{name} 주변 관계망 보기',
		'friendly.BAD_REQUEST': '주소에 이 서비스가 읽을 수 없는 값이 있습니다(예: 날짜는 2024-10-19, 2024-10 또는 2024 형식).',
		'friendly.NOT_FOUND': '찾는 항목이 없습니다. ID를 확인하거나 이름으로 검색해 보세요.',
		'friendly.RATE_LIMITED': '요청이 너무 많습니다. 잠시 뒤에 다시 시도하세요.',
		'friendly.LIMIT_EXCEEDED': '요청이 너무 큽니다. 범위를 좁혀 다시 시도하세요.',
		'friendly.TIMEOUT': '답을 찾는 데 너무 오래 걸렸습니다. 범위를 좁혀 다시 시도하세요.',
		'friendly.SERVICE_UNAVAILABLE': '데이터베이스에 잠시 연결할 수 없습니다. 잠시 뒤에 다시 시도하세요.',
		'friendly.NETWORK': '서비스에 연결할 수 없습니다. 인터넷 연결을 확인하고 다시 시도하세요.',
		'friendly.other': '이 요청을 처리하지 못했습니다.',
		'friendly.details': '자세한 내용',
	},
	en: {
		'page.title': '{title} — Innograph',
		'next.heading': 'What to try next',
		'next.search': 'Search for “{q}”',
		'next.home': 'Example journeys on the home page',
		'next.timeline': 'The whole timeline',
		'next.retry': 'Try again',
		'next.allKinds': 'Search again in every kind',
		'next.spelling': 'Check the spelling, or try the Korean name, the English name or an acronym (e.g. KAIST, KARI).',
		'next.widen': 'Widen the period or clear the kind.',
		'next.moreHops': 'Look up to {n} hops',
		'next.network': 'Network around {name}',
		'friendly.BAD_REQUEST': 'The address holds a value this service cannot read (dates are written 2024-10-19, 2024-10 or 2024).',
		'friendly.NOT_FOUND': 'Nothing with that id. Check it, or search by name.',
		'friendly.RATE_LIMITED': 'Too many requests. Please try again in a moment.',
		'friendly.LIMIT_EXCEEDED': 'The request is too large. Narrow it and try again.',
		'friendly.TIMEOUT': 'The answer took too long. Narrow the request and try again.',
		'friendly.SERVICE_UNAVAILABLE': 'The database cannot be reached just now. Please try again shortly.',
		'friendly.NETWORK': 'The service cannot be reached. Check the connection and try again.',
		'friendly.other': 'This request could not be answered.',
		'friendly.details': 'Details',
	},
};
Object.assign(TEXTS.ko, PAGE_TEXTS.ko);
Object.assign(TEXTS.en, PAGE_TEXTS.en);
Object.assign(TEXTS.ko, RESEARCH_TEXTS.ko);
Object.assign(TEXTS.en, RESEARCH_TEXTS.en);
Object.assign(TEXTS.ko, REVIEW_TEXTS.ko);
Object.assign(TEXTS.en, REVIEW_TEXTS.en);

const KINDS = {
	ORGANIZATION: ['기관', 'Organisation'],
	PERSON: ['인물', 'Person'],
	REGION: ['지역', 'Region'],
	CLUSTER: ['클러스터·특구', 'Cluster / zone'],
	INDUSTRIAL_COMPLEX: ['산업단지', 'Industrial complex'],
	COUNCIL: ['협의체', 'Council'],
	AGREEMENT: ['협약·지정', 'Agreement'],
	PROGRAM: ['사업·프로그램', 'Program'],
	PLAN: ['계획', 'Plan'],
	PLAN_ITEM: ['계획 과제', 'Plan item'],
	EVENT: ['행사', 'Event'],
	SECTOR: ['산업·분야', 'Sector'],
	FACILITY: ['시설', 'Facility'],
	LAW: ['법령', 'Law'],
};

// Each type read from its `from` end (forward) and from its `to` end (reverse).
const TYPES = {
	PARTY_TO: [['협약 당사자', '당사자'], ['is party to', 'has as party']],
	SIGNED: [['서명', '서명자'], ['signed', 'signed by']],
	HEADS: [['기관장', '기관장'], ['heads', 'headed by']],
	REPRESENTS: [['대표', '대표자'], ['represents', 'represented by']],
	ATTENDED: [['참석', '참석자'], ['attended', 'attended by']],
	MEMBER_OF: [['구성원으로 참여', '구성원'], ['is a member of', 'has as member']],
	LOCATED_IN: [['소재지', '소재 항목'], ['is located in', 'location of']],
	PART_OF: [['상위 항목', '하위 항목'], ['is part of', 'has as part']],
	RUNS: [['운영', '운영 주체'], ['runs', 'run by']],
	MANAGES: [['관리', '관리 주체'], ['manages', 'managed by']],
	ORGANIZES: [['주최·주관', '주최·주관 기관'], ['organizes', 'organized by']],
	FUNDS: [['재정 지원', '재원'], ['funds', 'funded by']],
	FOCUSES_ON: [['중점 분야', '이 분야에 집중하는 항목'], ['focuses on', 'focus of']],
	DESIGNATES: [['지정·확정', '지정·확정한 기관'], ['designates', 'designated by']],
	DESIGNATED_AS: [['지정됨', '지정된 지역·기관'], ['was designated as', 'designation of']],
	RESPONSIBLE_FOR: [['담당', '담당 부서·기관'], ['is responsible for', 'responsibility of']],
	IMPLEMENTS: [['추진', '추진 사업·기관'], ['implements', 'implemented by']],
	PARTICIPATES_IN: [['참여', '참여자'], ['participates in', 'has as participant']],
	SUPPORTS: [['지원', '지원 주체'], ['supports', 'supported by']],
	PARTNER_OF: [['협력 파트너', '협력 파트너'], ['is a partner of', 'is a partner of']],
	COOPERATES_WITH: [['협력', '협력'], ['cooperates with', 'cooperates with']],
	PUBLISHES: [['발표·수립', '발표·수립 기관'], ['publishes', 'published by']],
	ESTABLISHES: [['설립·제정', '설립·제정 주체'], ['establishes', 'established by']],
	HOSTS: [['유치', '유치 지역·기관'], ['hosts', 'hosted by']],
	RELOCATES_TO: [['이전', '이전해 오는 기관'], ['relocates to', 'destination of']],
	GOVERNS: [['관할', '관할 기관'], ['governs', 'governed by']],
	CONCERNS: [['관련 대상', '관련 행사'], ['concerns', 'concerned by']],
};

const STATUSES = {
	PLANNED: ['계획', 'planned'],
	PROPOSED: ['제안', 'proposed'],
	ANNOUNCED: ['발표', 'announced'],
	CONFIRMED: ['확정', 'confirmed'],
	DESIGNATED: ['지정', 'designated'],
	SIGNED: ['체결', 'signed'],
	IN_OPERATION: ['운영 중', 'in operation'],
	COMPLETED: ['완료', 'completed'],
};

// What a link or fact rests on: [short badge, longer explanation] in each language.
const BASES = {
	STATED: [['명시됨', '인용한 문서에 그렇다고 적혀 있음'], ['stated', 'the cited text says so']],
	PLANNED: [['계획 단계', '문서가 계획·추진·필요하다고만 말함'], ['planned', 'the text only plans, proposes or calls for it']],
	INFERRED: [['추론', '문서가 직접 말하지 않고 정리하는 사람이 읽어 냄'], ['inferred', "a curator's reading; the text does not say it"]],
};

// partnership's answer, from the strongest tier to none.
const VERDICTS = {
	DIRECT: ['직접 연결', 'direct link'],
	SHARED: ['공동 참여', 'shared membership'],
	PLANNED: ['계획된 연결뿐', 'planned only'],
	INFERRED: ['추론된 연결뿐', 'inferred only'],
	NONE: ['연결 없음', 'no link'],
};

export const BASIS_NAMES = Object.keys(BASES);

export const LANGUAGES = ['ko', 'en'];

export const KIND_NAMES = Object.keys(KINDS);

export const TYPE_NAMES = Object.keys(TYPES);

let current = 'ko';

/** The interface language: 'ko' or 'en'. */
export function lang() {
	return current;
}

export function setLang(value) {
	current = LANGUAGES.includes(value) ? value : 'ko';
	document.documentElement.lang = current;
}

/** An interface text with {placeholders} filled in. */
export function t(key, params = {}) {
	const text = TEXTS[current][key] ?? TEXTS.ko[key] ?? key;
	return text.replace(/\{(\w+)\}/g, (_, name) => (params[name] ?? ''));
}

const index = () => (current === 'ko' ? 0 : 1);

export function kindLabel(kind) {
	return KINDS[kind]?.[index()] ?? words(kind);
}

/** The API's source kinds (PRESS_RELEASE …) in words. */
const SOURCE_KINDS = {
	PRESS_RELEASE: ['보도자료', 'Press release'],
	PLAN: ['계획', 'Plan'],
	REPORT: ['보고서', 'Report'],
	LAW: ['법령', 'Law'],
	WEB_PAGE: ['웹 페이지', 'Web page'],
};

export function sourceKindLabel(kind) {
	return SOURCE_KINDS[kind]?.[index()] ?? words(kind);
}

/** What a relationship type says, read from its `from` end (forward) or its `to` end. */
export function typeLabel(type, forward = true) {
	const labels = TYPES[type];
	return labels ? labels[index()][forward ? 0 : 1] : words(type);
}

export function statusLabel(status) {
	return STATUSES[status]?.[index()] ?? words(status);
}

/** The short word for a basis (STATED, PLANNED, INFERRED). */
export function basisLabel(basis) {
	return BASES[basis]?.[index()][0] ?? words(basis);
}

/** What a basis means, in a phrase. */
export function basisMeaning(basis) {
	return BASES[basis]?.[index()][1] ?? '';
}

export function verdictLabel(verdict) {
	return VERDICTS[verdict]?.[index()] ?? words(verdict);
}

/** A localized text from the API in the interface language, falling back to the other. */
export function pick(text) {
	if (!text) {
		return '';
	}
	return (current === 'ko' ? (text.ko || text.en) : (text.en || text.ko)) || '';
}

/** The other language of a localized text, when it differs (to show both names). */
export function other(text) {
	if (!text) {
		return '';
	}
	const second = current === 'ko' ? text.en : text.ko;
	return second && second !== pick(text) ? second : '';
}

/** Applies interface texts to the static shell: elements with data-i18n (text) and data-i18n-* attributes. */
export function translate(root = document) {
	root.querySelectorAll('[data-i18n]').forEach((el) => {
		el.textContent = t(el.dataset.i18n);
	});
	root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => {
		el.placeholder = t(el.dataset.i18nPlaceholder);
	});
	root.querySelectorAll('[data-i18n-aria-label]').forEach((el) => {
		el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
	});
	document.title = t('app.title');
}

/** A stored code as words, when no label is known: budgetNational → "budget national", lead-region → "lead region". */
function words(code) {
	return String(code).replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').toLowerCase();
}

/** A fact's key (budgetNational) as a label. */
export function factKeyLabel(key) {
	return FACT_KEYS[key]?.[index()] ?? words(key);
}

/** An entity's type (special-zone) as a label. */
export function entityTypeLabel(type) {
	return ENTITY_TYPES[type]?.[index()] ?? words(type);
}

/** A relationship's role (lead-region) as a label, for relationships without a label of their own. */
export function roleLabel(role) {
	return ROLES[role]?.[index()] ?? words(role);
}

/** Fields of the data model that curators' notes name ("validFrom is the date of the agreement…"). */
const FIELDS = {
	validFrom: ['시작일', 'start date'],
	validTo: ['종료일', 'end date'],
	statedOn: ['처음 나온 날', 'date first stated'],
};

/**
 * Stored prose (notes, descriptions, time-line labels) with the codes of the data model it mentions (validFrom, PART_OF,
 * budgetLocal) in words, quoted, in the language of the prose: curators write for readers of the API.
 */
export function readable(text) {
	if (!text) {
		return text;
	}
	const i = /[\uac00-\ud7a3]/.test(text) ? 0 : 1;
	return text.replace(/\b[a-z]+[A-Z][A-Za-z0-9]*\b|\b[A-Z]+(?:_[A-Z]+)+\b/g, (code) => {
		const label = TYPES[code]?.[i][0] ?? FACT_KEYS[code]?.[i] ?? FIELDS[code]?.[i] ?? words(code);
		return '“' + label + '”';
	});
}
