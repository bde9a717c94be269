package ru.opora.schools.internal.importer;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ru.opora.domain.school.ContextFigures;
import ru.opora.domain.school.ResultFigures;
import ru.opora.domain.school.SchoolData;
import ru.opora.domain.validation.Violation;
import ru.opora.schools.exception.OporaValidationException;
import ru.opora.schools.importer.ContextRow;
import ru.opora.schools.importer.ImportSink;
import ru.opora.schools.importer.Names;
import ru.opora.schools.importer.ResultRow;
import ru.opora.schools.importer.RowError;
import ru.opora.schools.importer.SchoolRow;
import ru.opora.schools.importer.SheetKind;
import ru.opora.schools.model.AssessmentResult;
import ru.opora.schools.model.School;
import ru.opora.schools.model.SchoolContext;
import ru.opora.schools.service.AssessmentResultLocalService;
import ru.opora.schools.service.SchoolContextLocalService;
import ru.opora.schools.service.SchoolLocalService;

/**
 * Stores the rows an import accepts into a municipality site: schools upserted
 * by federal login, results by school + year + assessment + grade + subject,
 * context by school + year. Rows the registry refuses (rules that need the
 * database) become row errors; counts tell what was added, changed or already
 * stored as it is.
 */
public final class SchoolWorkbookSink implements ImportSink {

	public SchoolWorkbookSink(
		SchoolLocalService schoolLocalService, AssessmentResultLocalService assessmentResultLocalService,
		SchoolContextLocalService schoolContextLocalService, long userId, long groupId,
		Map<String, School> schoolsByLogin, ServiceContext serviceContext) {

		_schoolLocalService = schoolLocalService;
		_assessmentResultLocalService = assessmentResultLocalService;
		_schoolContextLocalService = schoolContextLocalService;
		_userId = userId;
		_groupId = groupId;
		_schoolsByLogin = schoolsByLogin;
		_serviceContext = serviceContext;
	}

	@Override
	public void context(int row, ContextRow contextRow) {
		School school = _schoolsByLogin.get(Names.normalize(contextRow.schoolLogin()));
		ContextFigures figures = contextRow.figures();

		try {
			SchoolContext existing = _schoolContextLocalService.fetchSchoolContext(
				school.getSchoolId(), figures.year());

			boolean unchanged = (existing != null) && figures.equals(existing.toContextFigures());

			_schoolContextLocalService.updateSchoolContext(_userId, school.getSchoolId(), figures, _serviceContext);

			_count(existing == null, unchanged);
		}
		catch (PortalException portalException) {
			_reject(SheetKind.CONTEXT, row, portalException);
		}
	}

	public int getAdded() {
		return _added;
	}

	public List<RowError> getStoreErrors() {
		return _storeErrors;
	}

	public int getUnchanged() {
		return _unchanged;
	}

	public int getUpdated() {
		return _updated;
	}

	/** Sets branch-of links once every school of the file is stored. */
	public void resolveBranches() {
		for (Map.Entry<Integer, String[]> entry : _pendingBranches.entrySet()) {
			String[] logins = entry.getValue();

			School school = _schoolsByLogin.get(logins[0]);
			School parent = _schoolsByLogin.get(logins[1]);

			if ((parent == null) || (school.getBranchOfSchoolId() == parent.getSchoolId())) {
				continue;
			}

			SchoolData data = school.toSchoolData();

			try {
				_schoolsByLogin.put(
					logins[0],
					_schoolLocalService.updateSchool(
						school.getSchoolId(), _withIds(data, data.schoolId(), parent.getSchoolId()), _serviceContext));
			}
			catch (PortalException portalException) {
				_reject(SheetKind.SCHOOLS, entry.getKey(), portalException);
			}
		}
	}

	@Override
	public void result(int row, ResultRow resultRow) {
		School school = _schoolsByLogin.get(Names.normalize(resultRow.schoolLogin()));
		ResultFigures figures = resultRow.figures();

		try {
			AssessmentResult existing = _assessmentResultLocalService.fetchAssessmentResult(
				school.getSchoolId(), figures.year(), figures.assessment().code(), figures.grade(),
				figures.subject().trim());

			boolean unchanged = (existing != null) && _sameFigures(existing.toResultFigures(), figures);

			_assessmentResultLocalService.updateAssessmentResult(_userId, school.getSchoolId(), figures, _serviceContext);

			_count(existing == null, unchanged);
		}
		catch (PortalException portalException) {
			_reject(SheetKind.RESULTS, row, portalException);
		}
	}

	@Override
	public void school(int row, SchoolRow schoolRow) {
		String login = Names.normalize(schoolRow.login());
		School existing = _schoolsByLogin.get(login);

		try {
			School school;

			if (existing == null) {
				school = _schoolLocalService.addSchool(
					_userId, _groupId, _withIds(schoolRow.data(), 0, 0), _serviceContext);

				_count(true, false);
			}
			else {
				SchoolData data = _withIds(
					schoolRow.data(), existing.getSchoolId(), existing.getBranchOfSchoolId());

				if (data.equals(existing.toSchoolData())) {
					school = existing;

					_count(false, true);
				}
				else {
					school = _schoolLocalService.updateSchool(existing.getSchoolId(), data, _serviceContext);

					_count(false, false);
				}
			}

			_schoolsByLogin.put(login, school);

			if (schoolRow.branchOfLogin() != null) {
				_pendingBranches.put(row, new String[] {login, Names.normalize(schoolRow.branchOfLogin())});
			}
		}
		catch (PortalException portalException) {
			_reject(SheetKind.SCHOOLS, row, portalException);
		}
	}

	private static boolean _sameFigures(ResultFigures stored, ResultFigures figures) {
		return stored.equals(
			new ResultFigures(
				figures.assessment(), figures.year(), figures.grade(), figures.subject().trim(), figures.participants(),
				figures.marks2(), figures.marks3(), figures.marks4(), figures.marks5(), figures.meanScore(),
				figures.shareBelowThreshold()));
	}

	/** The school's data with the registry's ids, which a row does not carry. */
	private static SchoolData _withIds(
		SchoolData data, long schoolId, long branchOfSchoolId) {

		return new SchoolData(
			schoolId, data.name(), data.shortName(), data.address(), data.settlementType(), data.level(),
			data.smallSchool(), branchOfSchoolId, data.distanceToCentreKm(), data.headName(), data.phone(),
			data.email(), data.federalLogin(), data.status());
	}

	private void _count(boolean added, boolean unchanged) {
		if (added) {
			_added++;
		}
		else if (unchanged) {
			_unchanged++;
		}
		else {
			_updated++;
		}
	}

	private void _reject(SheetKind sheet, int row, PortalException portalException) {
		if (portalException instanceof OporaValidationException &&
			!((OporaValidationException)portalException).getViolations().isEmpty()) {

			for (Violation violation : ((OporaValidationException)portalException).getViolations()) {
				_storeErrors.add(
					new RowError(
						sheet, sheet.russianName(), row, -1, violation.field(), violation.messageKey(),
						violation.arguments()));
			}

			return;
		}

		_storeErrors.add(
			new RowError(
				sheet, sheet.russianName(), row, -1, "", "opora-import-row-not-stored",
				List.of(Objects.toString(portalException.getMessage(), portalException.getClass().getSimpleName()))));
	}

	private int _added;
	private final AssessmentResultLocalService _assessmentResultLocalService;
	private final long _groupId;
	private final Map<Integer, String[]> _pendingBranches = new LinkedHashMap<>();
	private final SchoolContextLocalService _schoolContextLocalService;
	private final SchoolLocalService _schoolLocalService;
	private final Map<String, School> _schoolsByLogin;
	private final ServiceContext _serviceContext;
	private final List<RowError> _storeErrors = new ArrayList<>();
	private int _unchanged;
	private int _updated;
	private final long _userId;

}
