package ru.opora.cooperation.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;

import ru.opora.domain.cooperation.AgreementData;
import ru.opora.domain.cooperation.AgreementTerm;
import ru.opora.domain.cooperation.ModuleData;
import ru.opora.domain.cooperation.PartyData;
import ru.opora.domain.cooperation.PartyRef;
import ru.opora.domain.cooperation.ProgrammeData;
import ru.opora.domain.cooperation.Requisites;
import ru.opora.domain.cooperation.ResourceData;

/**
 * Writes an agreement as DOCX from a template (the region's, or the default
 * one of this bundle). The document is in Russian, the language of the
 * agreement.
 *
 * <p>
 * Placeholders in paragraphs (also in table cells of the template) are
 * replaced by text: {@code ${agreement.number}}, {@code ${agreement.date}},
 * {@code ${agreement.kind}}, {@code ${agreement.subject}},
 * {@code ${agreement.start}}, {@code ${agreement.end}},
 * {@code ${agreement.prolongation}}, {@code ${agreement.version}},
 * {@code ${parties.names}}. A paragraph holding only a block placeholder is
 * replaced by a generated table: {@code ${table:parties}} (requisites),
 * {@code ${table:programmes}} (programmes and their modules with the
 * delivering party), {@code ${table:resources}} (resources with their
 * schedule), {@code ${table:signatures}}. A placeholder split by Word
 * across runs of one paragraph is still found; that paragraph then takes the
 * formatting of its first run. Unknown placeholders are left as they are.
 * </p>
 */
public final class AgreementDocumentWriter {

	public static final String CONTENT_TYPE =
		"application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	/** The placeholders a template may use. */
	public static final Set<String> PLACEHOLDERS = Set.of(
		"agreement.number", "agreement.date", "agreement.kind", "agreement.subject", "agreement.start",
		"agreement.end", "agreement.prolongation", "agreement.version", "parties.names", "table:parties",
		"table:programmes", "table:resources", "table:signatures");

	/** The default template of this bundle; the caller closes it. */
	public static InputStream openDefaultTemplate() {
		return AgreementDocumentWriter.class.getResourceAsStream("agreement-template.docx");
	}

	/**
	 * The placeholders found in a template, known or not.
	 *
	 * @throws IOException if it is not a readable DOCX
	 */
	public Set<String> findPlaceholders(InputStream template) throws IOException {
		Set<String> found = new TreeSet<>();

		try (XWPFDocument document = _open(template)) {
			for (XWPFParagraph paragraph : _paragraphs(document)) {
				Matcher matcher = _PLACEHOLDER.matcher(paragraph.getText());

				while (matcher.find()) {
					found.add(matcher.group(1));
				}
			}
		}

		return found;
	}

	/**
	 * Fills the template with the agreement and writes the DOCX.
	 *
	 * @param template the template (null: the default one)
	 */
	public void write(AgreementData data, int version, InputStream template, OutputStream out) throws IOException {
		InputStream source = (template == null) ? openDefaultTemplate() : template;

		try (XWPFDocument document = _open(source)) {
			Map<String, String> values = _values(data, version);

			for (XWPFParagraph paragraph : _paragraphs(document)) {
				String text = paragraph.getText();

				if (!text.contains("${")) {
					continue;
				}

				String block = _blockName(text);

				if ((block != null) && (paragraph.getBody() == document)) {
					_replaceByTable(document, paragraph, block, data);
				}
				else {
					_setText(paragraph, _fill(text, values));
				}
			}

			document.write(out);
		}
		finally {
			if (template == null) {
				source.close();
			}
		}
	}

	private static String _blockName(String text) {
		Matcher matcher = _PLACEHOLDER.matcher(text.trim());

		if (matcher.matches() && matcher.group(1).startsWith("table:")) {
			return matcher.group(1);
		}

		return null;
	}

	private static String _date(LocalDate date) {
		return (date == null) ? "" : _DATE.format(date);
	}

	private static String _fill(String text, Map<String, String> values) {
		Matcher matcher = _PLACEHOLDER.matcher(text);
		StringBuffer sb = new StringBuffer();

		while (matcher.find()) {
			String value = values.get(matcher.group(1));

			matcher.appendReplacement(sb, Matcher.quoteReplacement((value == null) ? matcher.group() : value));
		}

		matcher.appendTail(sb);

		return sb.toString();
	}

	private static void _fillRow(XWPFTableRow row, boolean header, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			XWPFTableCell cell = (row.getCell(i) == null) ? row.addNewTableCell() : row.getCell(i);
			XWPFParagraph paragraph = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);

			String[] lines = cells[i].split("\n", -1);
			XWPFRun run = paragraph.createRun();

			run.setBold(header);

			for (int j = 0; j < lines.length; j++) {
				if (j > 0) {
					run.addBreak();
				}

				run.setText(lines[j]);
			}
		}
	}

	private static String _kind(AgreementData data) {
		if (data.getKind() == null) {
			return "";
		}

		switch (data.getKind()) {
			case NETWORK_PROGRAMME:
				return "договор о сетевой форме реализации образовательных программ (ст. 15 Федерального закона " +
					"от 29.12.2012 № 273-ФЗ)";
			case PARTNERSHIP:
				return "соглашение о сотрудничестве";
			case GROWTH_POINT:
				return "соглашение о сетевом взаимодействии с центром «Точка роста»";
			default:
				return "соглашение о сотрудничестве с предприятием (профессиональной образовательной организацией)";
		}
	}

	private static String _name(Map<PartyRef, String> names, PartyRef partyRef) {
		if (partyRef == null) {
			return "";
		}

		String name = names.get(partyRef);

		return (name == null) ? partyRef.key() : name;
	}

	private static XWPFDocument _open(InputStream template) throws IOException {
		try {
			return new XWPFDocument(template);
		}
		catch (RuntimeException runtimeException) {
			throw new IOException("Not a DOCX document", runtimeException);
		}
	}

	/** Every paragraph of the body and of the body's tables (nested once). */
	private static List<XWPFParagraph> _paragraphs(XWPFDocument document) {
		List<XWPFParagraph> paragraphs = new ArrayList<>();

		for (IBodyElement element : document.getBodyElements()) {
			if (element instanceof XWPFParagraph) {
				paragraphs.add((XWPFParagraph)element);
			}
			else if (element instanceof XWPFTable) {
				for (XWPFTableRow row : ((XWPFTable)element).getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						paragraphs.addAll(cell.getParagraphs());
					}
				}
			}
		}

		return paragraphs;
	}

	private static Map<PartyRef, String> _partyNames(AgreementData data) {
		Map<PartyRef, String> names = new LinkedHashMap<>();

		for (PartyData party : data.getParties()) {
			names.put(party.getRef(), party.getRequisites().getFullName());
		}

		return names;
	}

	private static String _programmeKind(ProgrammeData programme) {
		if (programme.getKind() == null) {
			return "";
		}

		switch (programme.getKind()) {
			case BASIC:
				return "основная общеобразовательная";
			case ADDITIONAL:
				return "дополнительная общеобразовательная";
			default:
				return "внеурочной деятельности";
		}
	}

	private static String _prolongation(AgreementTerm term) {
		if ((term == null) || !term.isAutoProlongation()) {
			return "Автоматическая пролонгация не предусмотрена.";
		}

		return "Если ни одна из сторон не заявит о его прекращении, договор продлевается на " +
			term.getProlongationMonths() + " мес. на тех же условиях.";
	}

	private static void _replaceByTable(XWPFDocument document, XWPFParagraph paragraph, String block, AgreementData data) {
		XmlCursor cursor = paragraph.getCTP().newCursor();

		XWPFTable table = document.insertNewTbl(cursor);

		cursor.dispose();

		Map<PartyRef, String> names = _partyNames(data);

		if (block.equals("table:parties")) {
			_fillRow(table.getRow(0), true, "Сторона", "Реквизиты", "Руководитель");

			for (PartyData party : data.getParties()) {
				Requisites requisites = party.getRequisites();

				_fillRow(
					table.createRow(), false, requisites.getFullName(),
					String.join(
						"\n", "Организационно-правовая форма: " + requisites.getLegalForm(),
						"Адрес: " + requisites.getAddress(), "ИНН " + requisites.getInn(),
						"ОГРН " + requisites.getOgrn()),
					requisites.getHeadPosition() + " " + requisites.getHeadName() + ", действует на основании " +
						requisites.getAuthorityBasis());
			}
		}
		else if (block.equals("table:programmes")) {
			_fillRow(
				table.getRow(0), true, "Программа", "Вид", "Часы", "Классы", "Обучающихся", "Сроки",
				"Модули и реализующая сторона");

			for (ProgrammeData programme : data.getProgrammes()) {
				List<String> modules = new ArrayList<>();

				for (ModuleData module : programme.getModules()) {
					modules.add(
						module.getName() + " (" + module.getHours() + " ч) — " +
							_name(names, module.getDeliveringParty()));
				}

				_fillRow(
					table.createRow(), false, programme.getName(), _programmeKind(programme),
					String.valueOf(programme.getHours()), programme.getGrades(), String.valueOf(programme.getPupils()),
					_date(programme.getStartDate()) + " – " + _date(programme.getEndDate()),
					String.join("\n", modules));
			}
		}
		else if (block.equals("table:resources")) {
			_fillRow(table.getRow(0), true, "Сторона", "Ресурс", "Описание", "График");

			for (ResourceData resource : data.getResources()) {
				_fillRow(
					table.createRow(), false, _name(names, resource.getParty()), _resourceType(resource),
					resource.getDescription(), resource.getSchedule());
			}
		}
		else {
			_fillRow(table.getRow(0), true, "Сторона", "Подпись");

			for (PartyData party : data.getParties()) {
				Requisites requisites = party.getRequisites();

				_fillRow(
					table.createRow(), false, requisites.getFullName(),
					requisites.getHeadPosition() + " ____________ " + requisites.getHeadName() + "\nМ.П.");
			}
		}

		document.removeBodyElement(document.getPosOfParagraph(paragraph));
	}

	private static String _resourceType(ResourceData resource) {
		if (resource.getType() == null) {
			return "";
		}

		switch (resource.getType()) {
			case ROOM:
				return "помещение";
			case EQUIPMENT:
				return "оборудование";
			case GROWTH_POINT_LAB:
				return "лаборатория центра «Точка роста»";
			case TEACHER:
				return "педагогические работники";
			default:
				return "транспорт";
		}
	}

	/** Replaces the paragraph's text, keeping the formatting of its first run. */
	private static void _setText(XWPFParagraph paragraph, String text) {
		List<XWPFRun> runs = paragraph.getRuns();

		for (int i = runs.size() - 1; i > 0; i--) {
			paragraph.removeRun(i);
		}

		XWPFRun run = runs.isEmpty() ? paragraph.createRun() : paragraph.getRuns().get(0);

		run.setText(text, 0);
	}

	private static Map<String, String> _values(AgreementData data, int version) {
		Map<String, String> values = new LinkedHashMap<>();
		AgreementTerm term = data.getTerm();

		values.put("agreement.number", data.getNumber());
		values.put("agreement.date", _date(data.getAgreementDate()));
		values.put("agreement.kind", _kind(data));
		values.put("agreement.subject", data.getSubject());
		values.put("agreement.start", (term == null) ? "" : _date(term.getStart()));
		values.put("agreement.end", (term == null) ? "" : _date(term.getEnd()));
		values.put("agreement.prolongation", _prolongation(term));
		values.put("agreement.version", String.valueOf(version));
		values.put("parties.names", String.join(", ", _partyNames(data).values()));

		return values;
	}

	private static final DateTimeFormatter _DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", new Locale("ru", "RU"));

	private static final Pattern _PLACEHOLDER = Pattern.compile("\\$\\{([a-z.:]+)\\}");

}
