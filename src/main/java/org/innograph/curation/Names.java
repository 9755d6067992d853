package org.innograph.curation;

/**
 * Names compared the way Korean writes them loosely: without spaces and middle dots, so
 * that 우주산업클러스터, 우주 산업 클러스터 and 연구·인재 match one another.
 */
final class Names {

	private Names() {
	}

	/** Whether a character is left out when names are compared. */
	static boolean ignored(char c) {
		return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '·' || c == 'ㆍ' || c == '・'
				|| c == '‧' || c == '∙';
	}

	static String compact(String text) {
		StringBuilder compact = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!ignored(c)) {
				compact.append(c);
			}
		}
		return compact.toString();
	}

	static boolean hangul(char c) {
		return c >= '가' && c <= '힣';
	}

	static boolean latin(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
	}

	/** Whether a name is written in Latin letters (an acronym or an English name). */
	static boolean isLatin(String name) {
		for (int i = 0; i < name.length(); i++) {
			if (hangul(name.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A line without the ignored characters, and where each of its characters came from.
	 */
	record Compacted(String text, int[] origin) {

		static Compacted of(String line) {
			StringBuilder text = new StringBuilder(line.length());
			int[] origin = new int[line.length() + 1];
			for (int i = 0; i < line.length(); i++) {
				char c = line.charAt(i);
				if (!ignored(c)) {
					origin[text.length()] = i;
					text.append(c);
				}
			}
			return new Compacted(text.toString(), origin);
		}

		int start(int compactIndex) {
			return this.origin[compactIndex];
		}

		/**
		 * The original end (exclusive) of a compact range ending before
		 * {@code compactEnd}.
		 */
		int end(int compactEnd) {
			return this.origin[compactEnd - 1] + 1;
		}

	}

}
