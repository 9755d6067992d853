package org.innograph.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.innograph.graph.Basis;
import org.innograph.graph.EntityKind;
import org.innograph.graph.RelationshipType;

/**
 * Reads tables (tab-separated rows) whose header says what the columns hold: a column of
 * names ({@code …명}: 산학연협의체명), columns of members written {@code 지역(산단)} with a role word
 * (주관 lead, 연계 linked, 참여 participant), and a column of fields ({@code 분야}). Each row
 * then states that its members are members of the named entity in their role, that each
 * complex in parentheses lies in the region before it, and that the named entity focuses
 * on the row's field. An empty field cell is a merged cell: the row above's.
 */
final class Tables {

	/** Words of a header cell and the kind of entity its cells name. */
	private static final Map<String, EntityKind> KIND_WORDS = Map.of("지역", EntityKind.REGION, "산단",
			EntityKind.INDUSTRIAL_COMPLEX, "산업단지", EntityKind.INDUSTRIAL_COMPLEX, "기관", EntityKind.ORGANIZATION, "시도",
			EntityKind.REGION);

	private static final Pattern MEMBER_HEADER = Pattern.compile("^(.*?)(지역|기관|시도)\\((산단|산업단지|기관)\\)$");

	private static final Pattern CELL_ITEM = Pattern.compile("([^,()]+?)\\s*\\(([^()]+)\\)");

	/** What a table's header says about its columns. */
	record Header(int nameColumn, EntityKind nameKind, int fieldColumn, List<MemberColumn> members) {
	}

	record MemberColumn(int column, String role, EntityKind outer, EntityKind inner) {
	}

	/**
	 * A mention finder for a cell's text: known names first, then the kind the header
	 * gives.
	 */
	interface CellMentions {

		Mention of(String text, int line, int start, int end, EntityKind kind);

	}

	private Header header;

	private String lastField;

	private int lastFieldStart;

	private int lastFieldLine;

	/** Reads one line; the relationships a body row states, none for other lines. */
	List<ProposedRelationship> read(int number, String line, CellMentions mentions) {
		if (line.indexOf('\t') < 0) {
			if (!line.isBlank()) {
				this.header = null;
			}
			return List.of();
		}
		List<int[]> cells = cells(line);
		Header read = header(line, cells);
		if (read != null) {
			this.header = read;
			this.lastField = null;
			return List.of();
		}
		if (this.header == null || cells.size() <= this.header.nameColumn()) {
			return List.of();
		}
		int[] nameCell = cells.get(this.header.nameColumn());
		String name = line.substring(nameCell[0], nameCell[1]).strip();
		if (name.isEmpty()) {
			return List.of();
		}
		int nameStart = nameCell[0] + line.substring(nameCell[0], nameCell[1]).indexOf(name);
		Mention whole = mentions.of(name, number, nameStart, nameStart + name.length(), this.header.nameKind());
		String quote = line.strip();
		List<ProposedRelationship> found = new ArrayList<>();
		for (MemberColumn column : this.header.members()) {
			if (column.column() >= cells.size()) {
				continue;
			}
			int[] cell = cells.get(column.column());
			Matcher item = CELL_ITEM.matcher(line.substring(cell[0], cell[1]));
			while (item.find()) {
				int outerStart = cell[0] + item.start(1);
				String outerText = item.group(1).strip();
				outerStart += item.group(1).indexOf(outerText);
				Mention outer = mentions.of(outerText, number, outerStart, outerStart + outerText.length(),
						column.outer());
				found.add(new ProposedRelationship(RelationshipType.MEMBER_OF, outer, whole, column.role(),
						Basis.STATED, quote, number, 0.7, "table"));
				int innerFrom = cell[0] + item.start(2);
				for (String part : item.group(2).split(",")) {
					String innerText = part.strip();
					if (innerText.isEmpty()) {
						innerFrom += part.length() + 1;
						continue;
					}
					int innerStart = innerFrom + part.indexOf(innerText);
					Mention inner = mentions.of(innerText, number, innerStart, innerStart + innerText.length(),
							column.inner());
					found.add(new ProposedRelationship(RelationshipType.MEMBER_OF, inner, whole, column.role(),
							Basis.STATED, quote, number, 0.7, "table"));
					found.add(new ProposedRelationship(RelationshipType.LOCATED_IN, inner, outer, null, Basis.STATED,
							quote, number, 0.6, "table"));
					innerFrom += part.length() + 1;
				}
			}
		}
		if (this.header.fieldColumn() >= 0 && this.header.fieldColumn() < cells.size()) {
			int[] cell = cells.get(this.header.fieldColumn());
			String field = line.substring(cell[0], cell[1]).strip();
			int fieldStart = cell[0] + line.substring(cell[0], cell[1]).indexOf(field);
			if (field.isEmpty() && this.lastField != null) {
				// A merged cell: the field of the row above, quoted there.
				field = this.lastField;
				fieldStart = -1;
			}
			if (!field.isEmpty()) {
				this.lastField = field;
				if (fieldStart >= 0) {
					this.lastFieldStart = fieldStart;
					this.lastFieldLine = number;
					Mention sector = mentions.of(field, number, fieldStart, fieldStart + field.length(),
							EntityKind.SECTOR);
					found.add(new ProposedRelationship(RelationshipType.FOCUSES_ON, whole, sector, null, Basis.STATED,
							quote, number, 0.6, "table"));
				}
				else {
					Mention sector = new Mention(null, EntityKind.SECTOR, field, this.lastFieldLine,
							this.lastFieldStart, this.lastFieldStart + field.length());
					found.add(new ProposedRelationship(RelationshipType.FOCUSES_ON, whole, sector, null, Basis.STATED,
							quote, number, 0.5, "table"));
				}
			}
		}
		return found;
	}

	/** The cells of a row: their spans between tabs. */
	static List<int[]> cells(String line) {
		List<int[]> cells = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= line.length(); i++) {
			if (i == line.length() || line.charAt(i) == '\t') {
				cells.add(new int[] { start, i });
				start = i + 1;
			}
		}
		return cells;
	}

	private static Header header(String line, List<int[]> cells) {
		int nameColumn = -1;
		EntityKind nameKind = null;
		int fieldColumn = -1;
		List<MemberColumn> members = new ArrayList<>();
		for (int c = 0; c < cells.size(); c++) {
			String cell = line.substring(cells.get(c)[0], cells.get(c)[1]).strip();
			if (cell.endsWith("명") && cell.length() > 2) {
				CandidateFinder.Shape shape = CandidateFinder.shapeOf(cell.substring(0, cell.length() - 1) + "");
				EntityKind kind = (shape != null) ? shape.kind() : shapeOfWord(cell.substring(0, cell.length() - 1));
				if (kind != null) {
					nameColumn = c;
					nameKind = kind;
				}
			}
			else if (cell.endsWith("분야")) {
				fieldColumn = c;
			}
			else {
				Matcher member = MEMBER_HEADER.matcher(cell);
				if (member.matches()) {
					String roleWord = member.group(1);
					String role = roleWord.contains("주관") || roleWord.contains("주도") ? "lead"
							: roleWord.contains("연계") ? "linked" : "participant";
					members.add(new MemberColumn(c, role, KIND_WORDS.get(member.group(2)),
							KIND_WORDS.get(member.group(3))));
				}
			}
		}
		return (nameColumn >= 0 && !members.isEmpty()) ? new Header(nameColumn, nameKind, fieldColumn, members) : null;
	}

	/** The kind a bare word names (협의체, 사업), where the word is the shape itself. */
	private static EntityKind shapeOfWord(String word) {
		String compact = Names.compact(word);
		for (CandidateFinder.Shape shape : CandidateFinder.SHAPES) {
			if (compact.endsWith(shape.suffix())) {
				return shape.kind();
			}
		}
		return null;
	}

}
