package org.innograph.entity;

import java.math.BigDecimal;

import org.innograph.graph.DisplayText;
import org.innograph.graph.Language;

/** Why an amount was not added, in words a reader of each language follows. */
final class AmountTexts {

	private AmountTexts() {
	}

	static String explanation(Amounts.NotAdded item, Language language) {
		boolean en = language == Language.EN;
		String detail = item.detail();
		return switch (item.reason()) {
			case NOT_MONEY -> en ? "Not an amount of won (unit: " + orNone(detail, en) + ")"
					: "원 단위 금액이 아님 (단위: " + orNone(detail, en) + ")";
			case NO_PERIOD -> en ? "The source gives no period, so it cannot be added to another amount"
					: "출처에 기간이 없어 다른 금액과 더할 수 없음";
			case APPROXIMATE -> en ? "Approximate (약); only exact amounts were asked for" : "어림값(약)이며 정확한 금액만 더하도록 요청됨";
			case SHARE_WITHOUT_TOTAL -> en
					? "A share of a budget whose total is not stated (payer " + detail
							+ "); grouped by PAYER it is added"
					: "총액이 없는 예산의 분담분 (" + detail + "); 지급 주체별(PAYER)로 묶으면 더해짐";
			case SHARES_DIFFER ->
				en ? "A total whose shares add up to " + money(detail, language) + " instead; the shares are added"
						: "분담분의 합(" + money(detail, language) + ")이 총액과 달라 분담분을 더함";
			case OTHER_PERIOD ->
				en ? "Covers another period than the sum's (" + detail + ")" : "합계의 기간(" + detail + ")과 기간이 다름";
		};
	}

	private static String money(String won, Language language) {
		return DisplayText.money(new BigDecimal(won), false, language);
	}

	private static String orNone(String unit, boolean en) {
		return (unit != null) ? unit : (en ? "none" : "없음");
	}

}
