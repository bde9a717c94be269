package ru.opora.diagnostics.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.exception.DiagnosticsValidationException;
import ru.opora.diagnostics.model.Competence;
import ru.opora.diagnostics.model.CompetenceArea;
import ru.opora.diagnostics.model.DiagnosticItem;
import ru.opora.diagnostics.model.ItemBank;
import ru.opora.diagnostics.model.impl.CompetenceAreaImpl;
import ru.opora.diagnostics.model.impl.CompetenceImpl;
import ru.opora.diagnostics.model.impl.DiagnosticItemImpl;
import ru.opora.diagnostics.model.impl.ItemBankImpl;
import ru.opora.diagnostics.service.persistence.CompetenceAreaPersistence;
import ru.opora.diagnostics.service.persistence.CompetencePersistence;
import ru.opora.diagnostics.service.persistence.DiagnosticItemPersistence;
import ru.opora.diagnostics.service.persistence.ItemBankPersistence;
import ru.opora.domain.validation.Violation;
import ru.opora.testing.Fields;

/**
 * Editing areas and competences one at a time: only in the draft, codes
 * unique in the draft, the area of a competence must exist, removal refused
 * while something depends on it, nothing stored when refused. The tables are
 * in-memory fakes behind mocked persistences.
 */
class ItemBankLocalServiceImplTest {

	static final long COMPANY_ID = 1;

	static final long METHODOLOGIST = 601;

	@BeforeEach
	void setUp() throws Exception {
		_bank(1, DiagnosticsConstants.BANK_STATUS_PUBLISHED);
		_bank(2, DiagnosticsConstants.BANK_STATUS_DRAFT);

		for (int version : new int[] {1, 2}) {
			_area(version, "MATH", "subject", "Математика");
			_area(version, "METH", "methodological", null);
			_competence(version, "M-ALG", "MATH");
			_competence(version, "M-GEO", "MATH");
			_item(version, "M1-01", "M-ALG");
			_item(version, "M2-01", "M-GEO");
		}

		when(_counterLocalService.increment()).thenAnswer(invocation -> _ids.incrementAndGet());

		when(_itemBankPersistence.findByCompanyId(COMPANY_ID)).thenAnswer(
			invocation -> _banks.values().stream().sorted(
				(a, b) -> b.getVersion() - a.getVersion()).collect(Collectors.toList()));
		when(_itemBankPersistence.findByC_V(anyLong(), anyInt())).thenAnswer(
			invocation -> _banks.get((Integer)invocation.getArgument(1)));
		when(_itemBankPersistence.update(any(ItemBank.class))).thenAnswer(invocation -> invocation.getArgument(0));

		when(_competenceAreaPersistence.create(anyLong())).thenAnswer(
			invocation -> _withId(new CompetenceAreaImpl(), invocation.getArgument(0)));
		when(_competenceAreaPersistence.findByPrimaryKey(anyLong())).thenAnswer(
			invocation -> _areas.get((Long)invocation.getArgument(0)));
		when(_competenceAreaPersistence.findByC_V(anyLong(), anyInt())).thenAnswer(
			invocation -> _ofVersion(_areas, invocation.getArgument(1), CompetenceArea::getVersion));
		when(_competenceAreaPersistence.update(any(CompetenceArea.class))).thenAnswer(
			invocation -> _store(_areas, invocation.getArgument(0), CompetenceArea::getCompetenceAreaId));
		when(_competenceAreaPersistence.remove(any(CompetenceArea.class))).thenAnswer(
			invocation -> _areas.remove(((CompetenceArea)invocation.getArgument(0)).getCompetenceAreaId()));

		when(_competencePersistence.create(anyLong())).thenAnswer(
			invocation -> _withId(new CompetenceImpl(), invocation.getArgument(0)));
		when(_competencePersistence.findByPrimaryKey(anyLong())).thenAnswer(
			invocation -> _competences.get((Long)invocation.getArgument(0)));
		when(_competencePersistence.findByC_V(anyLong(), anyInt())).thenAnswer(
			invocation -> _ofVersion(_competences, invocation.getArgument(1), Competence::getVersion));
		when(_competencePersistence.update(any(Competence.class))).thenAnswer(
			invocation -> _store(_competences, invocation.getArgument(0), Competence::getCompetenceId));
		when(_competencePersistence.remove(any(Competence.class))).thenAnswer(
			invocation -> _competences.remove(((Competence)invocation.getArgument(0)).getCompetenceId()));

		when(_diagnosticItemPersistence.findByPrimaryKey(anyLong())).thenAnswer(
			invocation -> _items.get((Long)invocation.getArgument(0)));
		when(_diagnosticItemPersistence.findByC_V(anyLong(), anyInt())).thenAnswer(
			invocation -> _ofVersion(_items, invocation.getArgument(1), DiagnosticItem::getVersion));
		when(_diagnosticItemPersistence.remove(any(DiagnosticItem.class))).thenAnswer(
			invocation -> _items.remove(((DiagnosticItem)invocation.getArgument(0)).getDiagnosticItemId()));

		User user = mock(User.class);

		when(user.getFullName()).thenReturn("Смирнова Ольга Викторовна");
		when(_userLocalService.fetchUser(METHODOLOGIST)).thenReturn(user);

		Fields.set(_service, "competenceAreaPersistence", _competenceAreaPersistence);
		Fields.set(_service, "competencePersistence", _competencePersistence);
		Fields.set(_service, "counterLocalService", _counterLocalService);
		Fields.set(_service, "diagnosticItemPersistence", _diagnosticItemPersistence);
		Fields.set(_service, "itemBankPersistence", _itemBankPersistence);
		Fields.set(_service, "userLocalService", _userLocalService);
	}

	@Test
	void areasAndCompetencesAreAddedToTheDraft() throws Exception {
		CompetenceArea area = _service.addCompetenceArea(
			METHODOLOGIST, COMPANY_ID, " RUS ", "Русский язык: предметные компетенции", "subject", "Русский язык");
		Competence competence = _service.addCompetence(
			METHODOLOGIST, COMPANY_ID, "R-ORF", "RUS", " Орфография и пунктуация ", 65, 3);

		assertEquals(2, area.getVersion());
		assertEquals("RUS", area.getCode());
		assertEquals("subject", area.getKind());
		assertEquals("Русский язык", area.getSubject());
		assertEquals(2, competence.getVersion());
		assertEquals("Орфография и пунктуация", competence.getName());
		assertEquals(65, competence.getThreshold());
		assertEquals(3, competence.getItemsPerSession());
		assertEquals(List.of("M-ALG", "M-GEO", "R-ORF"), _codes(_service.getCompetences(COMPANY_ID, 2)));
		assertEquals(List.of("M-ALG", "M-GEO"), _codes(_service.getCompetences(COMPANY_ID, 1)), "published: as it was");
		assertEquals("Смирнова Ольга Викторовна", _banks.get(2).getUserName(), "the draft names who changed it last");
	}

	@Test
	void codesAreUniqueInTheDraftAndTheAreaMustExist() {
		_refused(
			() -> _service.addCompetenceArea(METHODOLOGIST, COMPANY_ID, "MATH", "Ещё математика", "subject", "Математика"),
			Violation.of("code", "diagnostics-duplicate-code", "MATH"));
		_refused(
			() -> _service.addCompetence(METHODOLOGIST, COMPANY_ID, "M-GEO", "MATH", "Геометрия", 60, 2),
			Violation.of("code", "diagnostics-duplicate-code", "M-GEO"));
		_refused(
			() -> _service.addCompetence(METHODOLOGIST, COMPANY_ID, "R-ORF", "RUS", "Орфография", 60, 2),
			Violation.of("areaCode", "diagnostics-unknown-code", "RUS"));
		_refused(
			() -> _service.addCompetenceArea(METHODOLOGIST, COMPANY_ID, "DIG", "Цифровые", "robotics", null),
			Violation.of("kind", "diagnostics-unknown-code", "robotics"));

		assertEquals(4, _areas.size(), "nothing stored");
		assertEquals(4, _competences.size());
	}

	@Test
	void anEditKeepsTheCodeAndChecksTheNewValues() throws Exception {
		long geometry = _idOf(_competences, 2, "M-GEO", Competence::getCode, Competence::getVersion);

		Competence changed = _service.updateCompetence(METHODOLOGIST, geometry, "METH", "Геометрия и стереометрия", 75, 4);

		assertEquals("M-GEO", changed.getCode());
		assertEquals("METH", changed.getAreaCode());
		assertEquals(75, changed.getThreshold());

		_refused(
			() -> _service.updateCompetence(METHODOLOGIST, geometry, "MATH", "Геометрия", 0, 51),
			Violation.of("threshold", "out-of-range", 1, 100), Violation.of("itemsPerSession", "out-of-range", 1, 50));
		assertEquals(75, _competences.get(geometry).getThreshold(), "a refused save changes nothing");

		long methodology = _idOf(_areas, 2, "METH", CompetenceArea::getCode, CompetenceArea::getVersion);
		CompetenceArea area = _service.updateCompetenceArea(
			METHODOLOGIST, methodology, "Оценочная грамотность", "assessment", "");

		assertEquals("METH", area.getCode());
		assertEquals("assessment", area.getKind());
		assertEquals("", area.getSubject(), "a non-subject area has no subject");

		_refused(
			() -> _service.updateCompetenceArea(METHODOLOGIST, methodology, "Оценочная", "subject", " "),
			Violation.of("subject", "required"));
	}

	@Test
	void publishedVersionsAreFrozen() {
		long publishedArea = _idOf(_areas, 1, "METH", CompetenceArea::getCode, CompetenceArea::getVersion);
		long publishedCompetence = _idOf(_competences, 1, "M-GEO", Competence::getCode, Competence::getVersion);
		long publishedItem = _idOf(_items, 1, "M2-01", DiagnosticItem::getCode, DiagnosticItem::getVersion);
		Violation frozen = Violation.of("version", "diagnostics-version-published", 1);

		_refused(() -> _service.updateCompetenceArea(METHODOLOGIST, publishedArea, "Другое", "methodological", null), frozen);
		_refused(() -> _service.deleteCompetenceArea(METHODOLOGIST, publishedArea), frozen);
		_refused(() -> _service.updateCompetence(METHODOLOGIST, publishedCompetence, "MATH", "Другое", 50, 1), frozen);
		_refused(() -> _service.deleteCompetence(METHODOLOGIST, publishedCompetence), frozen);
		_refused(() -> _service.deleteItem(METHODOLOGIST, publishedItem), frozen);

		assertEquals(2, _service.getCompetenceAreas(COMPANY_ID, 1).size());
		assertEquals("Методические компетенции", _areas.get(publishedArea).getName());
	}

	@Test
	void removalIsRefusedWhileSomethingDependsOnIt() throws Exception {
		long mathematics = _idOf(_areas, 2, "MATH", CompetenceArea::getCode, CompetenceArea::getVersion);
		long geometry = _idOf(_competences, 2, "M-GEO", Competence::getCode, Competence::getVersion);

		_refused(
			() -> _service.deleteCompetenceArea(METHODOLOGIST, mathematics),
			Violation.of("competences", "diagnostics-area-has-competences", "MATH", "M-ALG, M-GEO"));
		_refused(
			() -> _service.deleteCompetence(METHODOLOGIST, geometry),
			Violation.of("items", "diagnostics-competence-has-items", "M-GEO", "M2-01"));

		_service.deleteItem(METHODOLOGIST, _idOf(_items, 2, "M2-01", DiagnosticItem::getCode, DiagnosticItem::getVersion));
		_service.deleteCompetence(METHODOLOGIST, geometry);

		assertEquals(List.of("M-ALG"), _codes(_service.getCompetences(COMPANY_ID, 2)));

		long methodology = _idOf(_areas, 2, "METH", CompetenceArea::getCode, CompetenceArea::getVersion);

		_service.deleteCompetenceArea(METHODOLOGIST, methodology);

		assertEquals(List.of("MATH"), _codes(_service.getCompetenceAreas(COMPANY_ID, 2)));
		assertEquals(2, _service.getCompetenceAreas(COMPANY_ID, 1).size(), "the published version keeps its areas");
	}

	@Test
	void withoutADraftTheFirstAddCreatesOneFromThePublishedVersion() throws Exception {
		_banks.remove(2);
		_areas.values().removeIf(area -> area.getVersion() == 2);
		_competences.values().removeIf(competence -> competence.getVersion() == 2);
		_items.values().removeIf(item -> item.getVersion() == 2);

		when(_itemBankPersistence.create(anyLong())).thenAnswer(invocation -> new ItemBankImpl());
		when(_itemBankPersistence.update(any(ItemBank.class))).thenAnswer(
			invocation -> {
				ItemBank bank = invocation.getArgument(0);

				_banks.put(bank.getVersion(), bank);

				return bank;
			});
		when(_diagnosticItemPersistence.create(anyLong())).thenAnswer(
			invocation -> _withId(new DiagnosticItemImpl(), invocation.getArgument(0)));
		when(_diagnosticItemPersistence.update(any(DiagnosticItem.class))).thenAnswer(
			invocation -> _store(_items, invocation.getArgument(0), DiagnosticItem::getDiagnosticItemId));

		Competence competence = _service.addCompetence(METHODOLOGIST, COMPANY_ID, "M-STAT", "MATH", "Статистика", 60, 2);

		assertEquals(2, competence.getVersion());
		assertEquals(DiagnosticsConstants.BANK_STATUS_DRAFT, _banks.get(2).getStatus());
		assertEquals(List.of("M-ALG", "M-GEO", "M-STAT"), _codes(_service.getCompetences(COMPANY_ID, 2)));
		assertEquals(2, _service.getItems(COMPANY_ID, 2).size(), "the items were copied too");
	}

	private interface Call {

		public Object run() throws Exception;

	}

	private static List<String> _codes(List<?> rows) {
		List<String> codes = new ArrayList<>();

		for (Object row : rows) {
			codes.add((row instanceof Competence) ? ((Competence)row).getCode() : ((CompetenceArea)row).getCode());
		}

		return codes;
	}

	private static <T> long _idOf(
		Map<Long, T> rows, int version, String code, Function<T, String> codeOf, Function<T, Integer> versionOf) {

		for (Map.Entry<Long, T> row : rows.entrySet()) {
			if ((versionOf.apply(row.getValue()) == version) && code.equals(codeOf.apply(row.getValue()))) {
				return row.getKey();
			}
		}

		throw new IllegalArgumentException(code);
	}

	private static <T> List<T> _ofVersion(Map<Long, T> rows, int version, Function<T, Integer> versionOf) {
		return rows.values().stream().filter(
			row -> versionOf.apply(row) == version).collect(Collectors.toList());
	}

	private static void _refused(Call call, Violation... expected) {
		DiagnosticsValidationException exception = assertThrows(DiagnosticsValidationException.class, call::run);

		assertEquals(List.of(expected), exception.getViolations());
	}

	private static <T> T _store(Map<Long, T> rows, T row, Function<T, Long> idOf) {
		rows.put(idOf.apply(row), row);

		return row;
	}

	private static <T> T _withId(T row, long id) {
		if (row instanceof CompetenceAreaImpl) {
			((CompetenceAreaImpl)row).setCompetenceAreaId(id);
		}
		else if (row instanceof CompetenceImpl) {
			((CompetenceImpl)row).setCompetenceId(id);
		}
		else {
			((DiagnosticItemImpl)row).setDiagnosticItemId(id);
		}

		return row;
	}

	private void _area(int version, String code, String kind, String subject) {
		CompetenceAreaImpl area = _withId(new CompetenceAreaImpl(), _ids.incrementAndGet());

		area.setCompanyId(COMPANY_ID);
		area.setVersion(version);
		area.setCode(code);
		area.setName("METH".equals(code) ? "Методические компетенции" : "Математика: предметные компетенции");
		area.setKind(kind);
		area.setSubject(subject);

		_areas.put(area.getCompetenceAreaId(), area);
	}

	private void _bank(int version, String status) {
		ItemBankImpl bank = new ItemBankImpl();

		bank.setItemBankId(_ids.incrementAndGet());
		bank.setCompanyId(COMPANY_ID);
		bank.setVersion(version);
		bank.setStatus(status);

		_banks.put(version, bank);
	}

	private void _competence(int version, String code, String areaCode) {
		CompetenceImpl competence = _withId(new CompetenceImpl(), _ids.incrementAndGet());

		competence.setCompanyId(COMPANY_ID);
		competence.setVersion(version);
		competence.setCode(code);
		competence.setAreaCode(areaCode);
		competence.setName(code);
		competence.setThreshold(60);
		competence.setItemsPerSession(1);

		_competences.put(competence.getCompetenceId(), competence);
	}

	private void _item(int version, String code, String competenceCode) {
		DiagnosticItemImpl item = _withId(new DiagnosticItemImpl(), _ids.incrementAndGet());

		item.setCompanyId(COMPANY_ID);
		item.setVersion(version);
		item.setCode(code);
		item.setCompetenceCode(competenceCode);
		item.setItemType("single");
		item.setText("Вопрос " + code);
		item.setOptions("1\n2");
		item.setScoringKey("1");
		item.setWeight(1);

		_items.put(item.getDiagnosticItemId(), item);
	}

	private final Map<Long, CompetenceArea> _areas = new TreeMap<>();
	private final Map<Integer, ItemBank> _banks = new TreeMap<>();
	private final Map<Long, Competence> _competences = new TreeMap<>();
	private final CompetenceAreaPersistence _competenceAreaPersistence = mock(CompetenceAreaPersistence.class);
	private final CompetencePersistence _competencePersistence = mock(CompetencePersistence.class);
	private final CounterLocalService _counterLocalService = mock(CounterLocalService.class);
	private final DiagnosticItemPersistence _diagnosticItemPersistence = mock(DiagnosticItemPersistence.class);
	private final AtomicLong _ids = new AtomicLong(100);
	private final ItemBankPersistence _itemBankPersistence = mock(ItemBankPersistence.class);
	private final Map<Long, DiagnosticItem> _items = new TreeMap<>();
	private final ItemBankLocalServiceImpl _service = new ItemBankLocalServiceImpl();
	private final UserLocalService _userLocalService = mock(UserLocalService.class);

}
