package ru.opora.cooperation.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import java.nio.charset.StandardCharsets;

import java.time.LocalDate;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import ru.opora.domain.cooperation.AgreementData;
import ru.opora.domain.cooperation.AgreementKind;
import ru.opora.domain.cooperation.AgreementTerm;
import ru.opora.domain.cooperation.ModuleData;
import ru.opora.domain.cooperation.PartyData;
import ru.opora.domain.cooperation.PartyRef;
import ru.opora.domain.cooperation.ProgrammeData;
import ru.opora.domain.cooperation.ProgrammeKind;
import ru.opora.domain.cooperation.Requisites;
import ru.opora.domain.cooperation.ResourceData;
import ru.opora.domain.cooperation.ResourceType;

/** Writes agreements and reads them back with POI. */
class AgreementDocumentWriterTest {

	@Test
	void defaultTemplateIsFilledWithTheAgreement() throws Exception {
		try (XWPFDocument document = _write(null)) {
			String text = _text(document);

			assertTrue(text.contains("ДОГОВОР № СВ-12/2025"), text);
			assertTrue(text.contains("от 25.08.2025 (редакция 2)"), text);
			assertTrue(text.contains("ст. 15 Федерального закона"), text);
			assertTrue(text.contains("Договор действует с 01.09.2025 по 31.08.2026."), text);
			assertTrue(text.contains("продлевается на 12 мес."), text);
			assertTrue(text.contains("МКОУ Новоспасская СОШ, МБОУ СОШ № 3, МБОУ ДО «Центр ДОД»"), text);
			assertFalse(text.contains("${"), text);

			List<XWPFTable> tables = document.getTables();

			assertEquals(4, tables.size());

			// in the template's order: programmes, resources, parties, signatures
			XWPFTable programmes = tables.get(0);

			assertEquals(2, programmes.getNumberOfRows());
			assertEquals("Технология", programmes.getRow(1).getCell(0).getText());
			assertEquals("основная общеобразовательная", programmes.getRow(1).getCell(1).getText());
			assertEquals("68", programmes.getRow(1).getCell(2).getText());
			assertEquals("01.09.2025 – 31.05.2026", programmes.getRow(1).getCell(5).getText());
			assertTrue(
				programmes.getRow(1).getCell(6).getText().contains("Робототехника (34 ч) — МБОУ СОШ № 3"),
				programmes.getRow(1).getCell(6).getText());
			assertTrue(
				programmes.getRow(1).getCell(6).getText().contains("ОБЖ (10 ч) — МБОУ ДО «Центр ДОД»"),
				programmes.getRow(1).getCell(6).getText());

			XWPFTable resources = tables.get(1);

			assertEquals("МБОУ СОШ № 3", resources.getRow(1).getCell(0).getText());
			assertEquals("лаборатория центра «Точка роста»", resources.getRow(1).getCell(1).getText());
			assertEquals("вт, чт 14:00-15:30", resources.getRow(1).getCell(3).getText());

			XWPFTable parties = tables.get(2);

			assertEquals(4, parties.getNumberOfRows());
			assertTrue(parties.getRow(2).getCell(1).getText().contains("ИНН 7830002293"));
			assertTrue(parties.getRow(2).getCell(1).getText().contains("ОГРН 1027739609391"));
			assertEquals(
				"директор Петров Пётр Петрович, действует на основании Устава", parties.getRow(2).getCell(2).getText());

			XWPFTable signatures = tables.get(3);

			assertTrue(signatures.getRow(3).getCell(1).getText().contains("____________ Сидорова Анна Ивановна"));
		}
	}

	@Test
	void regionTemplateWithPlaceholdersSplitAcrossRunsIsFilled() throws Exception {
		ByteArrayOutputStream template = new ByteArrayOutputStream();

		try (XWPFDocument document = new XWPFDocument()) {
			XWPFParagraph paragraph = document.createParagraph();

			// Word often splits a placeholder into several runs
			paragraph.createRun().setText("Договор ${agree");
			paragraph.createRun().setText("ment.number} от ${agreement.date}; ${unknown.field}");
			document.createParagraph().createRun().setText("${table:resources}");
			document.write(template);
		}

		assertEquals(
			java.util.Set.of("agreement.number", "agreement.date", "unknown.field", "table:resources"),
			new AgreementDocumentWriter().findPlaceholders(new ByteArrayInputStream(template.toByteArray())));

		try (XWPFDocument document = _write(new ByteArrayInputStream(template.toByteArray()))) {
			assertEquals(
				"Договор СВ-12/2025 от 25.08.2025; ${unknown.field}", document.getParagraphs().get(0).getText());
			assertEquals(1, document.getTables().size());
			assertEquals(2, document.getTables().get(0).getNumberOfRows());
		}
	}

	@Test
	void defaultTemplateUsesOnlyKnownPlaceholders() throws Exception {
		try (InputStream template = AgreementDocumentWriter.openDefaultTemplate()) {
			assertEquals(
				new java.util.TreeSet<>(AgreementDocumentWriter.PLACEHOLDERS),
				new AgreementDocumentWriter().findPlaceholders(template));
		}
	}

	@Test
	void notADocxIsRejected() {
		assertThrows(
			IOException.class,
			() -> new AgreementDocumentWriter().findPlaceholders(
				new ByteArrayInputStream("не документ".getBytes(StandardCharsets.UTF_8))));
	}

	static AgreementData agreement() {
		PartyRef novospasskaya = PartyRef.school(1);
		PartyRef school3 = PartyRef.school(3);
		PartyRef centre = PartyRef.organization(501);

		return new AgreementData(
			"СВ-12/2025", LocalDate.of(2025, 8, 25), AgreementKind.NETWORK_PROGRAMME,
			"Реализация общеобразовательной программы «Технология» в сетевой форме",
			new AgreementTerm(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31), true, 12),
			List.of(
				_party(novospasskaya, "МКОУ Новоспасская СОШ", "7707083893", "1027700132195", "Иванова Мария Петровна"),
				_party(school3, "МБОУ СОШ № 3", "7830002293", "1027739609391", "Петров Пётр Петрович"),
				_party(centre, "МБОУ ДО «Центр ДОД»", "500100732259", "304500116000157", "Сидорова Анна Ивановна")),
			List.of(
				new ProgrammeData(
					"Технология", ProgrammeKind.BASIC, 68, "5-9", 42, LocalDate.of(2025, 9, 1),
					LocalDate.of(2026, 5, 31),
					List.of(new ModuleData("Робототехника", 34, school3), new ModuleData("ОБЖ", 10, centre)))),
			List.of(
				new ResourceData(
					school3, ResourceType.GROWTH_POINT_LAB, "Лаборатория естественно-научной направленности",
					"вт, чт 14:00-15:30")));
	}

	private static PartyData _party(PartyRef ref, String name, String inn, String ogrn, String head) {
		return new PartyData(
			ref, new Requisites(name, "муниципальное бюджетное учреждение", "с. Новоспасское", inn, ogrn, head, "директор", "Устава"));
	}

	private static String _text(XWPFDocument document) {
		return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
	}

	private static XWPFDocument _write(InputStream template) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		new AgreementDocumentWriter().write(agreement(), 2, template, out);

		return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
	}

}
