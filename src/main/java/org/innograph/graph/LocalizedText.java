package org.innograph.graph;

/** A text in Korean and English; either may be null. */
public record LocalizedText(String ko, String en) {

	/** Null when both are absent, so optional texts stay null in the API. */
	public static LocalizedText ofNullable(Object ko, Object en) {
		return (ko == null && en == null) ? null : new LocalizedText((String) ko, (String) en);
	}

	public String in(boolean korean) {
		String preferred = korean ? this.ko : this.en;
		return (preferred != null) ? preferred : (korean ? this.en : this.ko);
	}

}
