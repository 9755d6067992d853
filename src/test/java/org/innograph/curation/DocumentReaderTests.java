package org.innograph.curation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.tool.blankfilemaker.BlankFileMaker;
import kr.dogfoot.hwplib.writer.HWPWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.innograph.curation.DocumentReader.DocumentException;
import org.innograph.curation.DocumentReader.Format;
import org.innograph.sources.SourceTexts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Documents become numbered lines and a SHA-256, whatever their format. */
class DocumentReaderTests {

	@Test
	void keepsPlainTextAsItIsWithTheFilesHash() {
		byte[] bytes = "첫째 줄\r\n둘째 줄\n\n넷째 줄\n".getBytes(StandardCharsets.UTF_8);
		DocumentText text = DocumentReader.read(bytes, Format.TEXT, "a.txt");
		assertThat(text.lines()).containsExactly("첫째 줄", "둘째 줄", "", "넷째 줄");
		assertThat(text.sha256()).isEqualTo(SourceTexts.sha256(bytes));
	}

	@Test
	void refusesTextThatIsNotUtf8() {
		byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
		assertThatExceptionOfType(DocumentException.class)
			.isThrownBy(() -> DocumentReader.read(latin1, Format.TEXT, "a.txt"))
			.withMessageContaining("not UTF-8");
	}

	@Test
	void readsTheTextOfAPdf() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText("KARI and KAIST signed an MOU.");
				content.newLineAtOffset(0, -20);
				content.showText("Budget 973");
				content.endText();
			}
			document.save(out);
		}
		DocumentText text = DocumentReader.read(out.toByteArray(), Format.PDF, "a.pdf");
		assertThat(text.lines()).containsExactly("KARI and KAIST signed an MOU.", "Budget 973");
		assertThat(text.sha256()).isEqualTo(SourceTexts.sha256(text.content().getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void readsTheTextOfAnHwpFile() throws Exception {
		HWPFile file = BlankFileMaker.make();
		Paragraph paragraph = file.getBodyText().getSectionList().get(0).getParagraph(0);
		paragraph.getText().addString("대전시는 한국항공우주연구원과 업무협약을 체결했다.");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		HWPWriter.toStream(file, out);
		DocumentText text = DocumentReader.read(out.toByteArray(), Format.HWP, "a.hwp");
		assertThat(text.lines()).contains("대전시는 한국항공우주연구원과 업무협약을 체결했다.");
	}

	@Test
	void refusesWhatItCannotRead() {
		assertThatExceptionOfType(DocumentException.class)
			.isThrownBy(() -> DocumentReader.read(new byte[] { 1, 2, 3 }, Format.PDF, "broken.pdf"))
			.withMessageContaining("broken.pdf is not a readable PDF");
		assertThatExceptionOfType(DocumentException.class)
			.isThrownBy(() -> DocumentReader.read(new byte[] { 1, 2, 3 }, Format.HWP, "broken.hwp"))
			.withMessageContaining("not a readable HWP");
		assertThatExceptionOfType(DocumentException.class)
			.isThrownBy(() -> DocumentReader.read(java.nio.file.Path.of("notes.hwpx")))
			.withMessageContaining("HWPX is not read");
	}

}
