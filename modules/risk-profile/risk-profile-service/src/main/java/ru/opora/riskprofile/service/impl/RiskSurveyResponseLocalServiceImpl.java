/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package ru.opora.riskprofile.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.Validator;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.risk.RespondentGroup;
import ru.opora.domain.risk.dictionary.FactorDictionary;
import ru.opora.domain.risk.dictionary.Question;
import ru.opora.domain.risk.profile.SurveyAnswers;
import ru.opora.domain.validation.Violation;
import ru.opora.domain.validation.Violations;
import ru.opora.riskprofile.constants.RiskProfileConstants;
import ru.opora.riskprofile.internal.importer.XlsxRows;
import ru.opora.riskprofile.internal.util.RiskValidation;
import ru.opora.riskprofile.model.RiskSurveyResponse;
import ru.opora.riskprofile.service.RiskDictionaryVersionLocalService;
import ru.opora.riskprofile.service.base.RiskSurveyResponseLocalServiceBaseImpl;
import ru.opora.riskprofile.util.RiskText;
import ru.opora.riskprofile.util.SurveyImportReport;
import ru.opora.schools.model.School;
import ru.opora.schools.service.SchoolLocalService;

/**
 * Survey answers of a school and year. Staff (director, teachers) answer as
 * themselves, one response per user, replaced when they answer again. Pupils
 * and parents answer anonymously: the school team issues response codes (no
 * names stored), each code answers once.
 *
 * @author Opora
 */
@Component(
	property = "model.class.name=ru.opora.riskprofile.model.RiskSurveyResponse",
	service = AopService.class
)
public class RiskSurveyResponseLocalServiceImpl extends RiskSurveyResponseLocalServiceBaseImpl {

	public static final int MAX_CODES = 500;

	/** Checks answers against the questionnaire of a group: known questions of that group, on their scale. */
	public static Violations checkAnswers(
		FactorDictionary dictionary, RespondentGroup group, Map<String, Double> answers) {

		Violations violations = new Violations();

		violations.require(!answers.isEmpty(), "answers", "risk-survey-no-answers");

		for (Map.Entry<String, Double> entry : answers.entrySet()) {
			String field = "answer." + entry.getKey();
			Question question = dictionary.question(entry.getKey()).orElse(null);

			if (question == null) {
				violations.add(field, "risk-question-unknown", entry.getKey());
			}
			else if (question.group() != group) {
				violations.add(field, "risk-question-group-mismatch", entry.getKey(), group.name());
			}
			else if ((entry.getValue() == null) || !question.isValidAnswer(entry.getValue())) {
				violations.add(field, "risk-answer-out-of-scale", entry.getKey(), question.min(), question.max());
			}
		}

		return violations;
	}

	/**
	 * Imports answers from the first sheet of an .xlsx workbook (e.g. the
	 * federal system's export): a header row with the respondent group column
	 * and one column per question code, then one respondent per row. Every
	 * row is stored as an anonymous response or reported with its reasons; a
	 * header naming an unknown question rejects the whole file (its answers
	 * would be lost).
	 */
	@Override
	public SurveyImportReport importAnswers(long userId, long schoolId, int year, File file) throws PortalException {
		School school = _schoolLocalService.getSchool(schoolId);

		List<List<String>> rows;

		try (InputStream inputStream = new FileInputStream(file)) {
			rows = XlsxRows.read(inputStream);
		}
		catch (IOException ioException) {
			throw RiskValidation.exception("file", "risk-import-not-a-workbook", String.valueOf(ioException.getMessage()));
		}

		FactorDictionary dictionary = _riskDictionaryVersionLocalService.getDictionary(
			_riskDictionaryVersionLocalService.getVersionForYear(
				userId, school.getCompanyId(), year).getRiskDictionaryVersionId());

		if (rows.isEmpty()) {
			throw RiskValidation.exception("file", "risk-import-empty");
		}

		List<String> header = rows.get(0);
		Violations headerViolations = new Violations();

		for (int i = 1; i < header.size(); i++) {
			String code = header.get(i);

			if (!code.isEmpty() && !dictionary.question(code).isPresent()) {
				headerViolations.add("column." + (i + 1), "risk-question-unknown", code);
			}
		}

		headerViolations.require(header.size() > 1, "row.1", "risk-import-no-questions");
		RiskValidation.throwIfAny(headerViolations);

		int imported = 0;
		List<Violation> rejected = new ArrayList<>();

		for (int r = 1; r < rows.size(); r++) {
			List<String> row = rows.get(r);

			if (row.stream().allMatch(String::isEmpty)) {
				continue;
			}

			String field = "row." + (r + 1);
			RespondentGroup group = _group(row.isEmpty() ? "" : row.get(0));

			if (group == null) {
				rejected.add(Violation.of(field, "risk-import-group-unknown", row.isEmpty() ? "" : row.get(0)));

				continue;
			}

			Map<String, Double> answers = new LinkedHashMap<>();
			boolean numbers = true;

			for (int i = 1; (i < row.size()) && (i < header.size()); i++) {
				if (row.get(i).isEmpty() || header.get(i).isEmpty()) {
					continue;
				}

				try {
					answers.put(header.get(i), Double.valueOf(row.get(i).replace(',', '.')));
				}
				catch (NumberFormatException numberFormatException) {
					rejected.add(Violation.of(field, "risk-import-not-a-number", header.get(i), row.get(i)));
					numbers = false;
				}
			}

			if (!numbers) {
				continue;
			}

			Violations violations = checkAnswers(dictionary, group, answers);

			if (!violations.isEmpty()) {
				for (Violation violation : violations.list()) {
					rejected.add(new Violation(field, violation.code(), violation.arguments()));
				}

				continue;
			}

			RiskSurveyResponse response = _create(userId, school, year, group);

			response.setResponseCode(_uniqueCode());
			response.setAnswers(RiskText.encodeAnswers(answers));
			response.setSource(RiskProfileConstants.SOURCE_IMPORT);

			riskSurveyResponsePersistence.update(response);

			imported++;
		}

		return new SurveyImportReport(imported, rejected);
	}

	@Override
	public RiskSurveyResponse fetchByResponseCode(String responseCode) {
		if (Validator.isNull(responseCode)) {
			return null;
		}

		List<RiskSurveyResponse> responses = riskSurveyResponsePersistence.findByResponseCode(
			_normalize(responseCode), 0, 1);

		return responses.isEmpty() ? null : responses.get(0);
	}

	/** The answers given so far, in the domain's form (unanswered codes included with no answers). */
	@Override
	public List<SurveyAnswers> getSchoolAnswers(long schoolId, int year) {
		List<SurveyAnswers> list = new ArrayList<>();

		for (RiskSurveyResponse response : riskSurveyResponsePersistence.findByS_Y(schoolId, year)) {
			RespondentGroup group = RespondentGroup.parse(response.getRespondentGroup()).orElse(null);

			if (group != null) {
				// Imported staff rows have a code and no user

				String key = Validator.isNotNull(response.getResponseCode()) ? response.getResponseCode() :
					String.valueOf(response.getRespondentUserId());

				list.add(new SurveyAnswers(key, group, RiskText.decodeAnswers(response.getAnswers())));
			}
		}

		return list;
	}

	@Override
	public List<RiskSurveyResponse> getSchoolResponses(long schoolId, int year) {
		return riskSurveyResponsePersistence.findByS_Y(schoolId, year);
	}

	/** New anonymous response codes of a pupils' or parents' survey. */
	@Override
	public List<RiskSurveyResponse> issueResponseCodes(
			long userId, long schoolId, int year, String respondentGroup, int count)
		throws PortalException {

		School school = _schoolLocalService.getSchool(schoolId);
		RespondentGroup group = RespondentGroup.parse(respondentGroup).orElse(null);

		Violations violations = new Violations();

		violations.require((group != null) && group.isAnonymous(), "respondentGroup", "risk-survey-group-not-anonymous");
		violations.require((count >= 1) && (count <= MAX_CODES), "count", "risk-survey-code-count", MAX_CODES);
		RiskValidation.throwIfAny(violations);

		_riskDictionaryVersionLocalService.getVersionForYear(userId, school.getCompanyId(), year);

		List<RiskSurveyResponse> responses = new ArrayList<>();

		for (int i = 0; i < count; i++) {
			RiskSurveyResponse response = _create(userId, school, year, group);

			response.setResponseCode(_uniqueCode());
			response.setAnswers("");

			responses.add(riskSurveyResponsePersistence.update(response));
		}

		return responses;
	}

	/** Stores the answers of an issued code; a code answers once. */
	@Override
	public RiskSurveyResponse saveCodeResponse(String responseCode, Map<String, Double> answers)
		throws PortalException {

		RiskSurveyResponse response = fetchByResponseCode(responseCode);

		if (response == null) {
			throw RiskValidation.exception("responseCode", "risk-survey-code-unknown");
		}

		if (Validator.isNotNull(response.getAnswers())) {
			throw RiskValidation.exception("responseCode", "risk-survey-code-used");
		}

		return _saveAnswers(response, RespondentGroup.valueOf(response.getRespondentGroup()), answers,
			RiskProfileConstants.SOURCE_FORM);
	}

	/** Stores (or replaces) a staff member's answers as director or teacher. */
	@Override
	public RiskSurveyResponse saveStaffResponse(
			long userId, long schoolId, int year, String respondentGroup, Map<String, Double> answers)
		throws PortalException {

		School school = _schoolLocalService.getSchool(schoolId);
		RespondentGroup group = RespondentGroup.parse(respondentGroup).orElse(null);

		if ((group == null) || group.isAnonymous()) {
			throw RiskValidation.exception("respondentGroup", "risk-survey-group-not-staff");
		}

		RiskSurveyResponse response = riskSurveyResponsePersistence.fetchByS_Y_U(schoolId, year, userId);

		if (response == null) {
			response = _create(userId, school, year, group);

			response.setRespondentUserId(userId);
			response.setResponseCode("");
		}

		response.setRespondentGroup(group.name());

		return _saveAnswers(response, group, answers, RiskProfileConstants.SOURCE_FORM);
	}

	private RiskSurveyResponse _create(long userId, School school, int year, RespondentGroup group) {
		RiskSurveyResponse response = riskSurveyResponsePersistence.create(
			counterLocalService.increment(RiskSurveyResponse.class.getName()));

		Date now = new Date();

		response.setGroupId(school.getGroupId());
		response.setCompanyId(school.getCompanyId());
		response.setUserId(userId);
		response.setCreateDate(now);
		response.setModifiedDate(now);
		response.setSchoolId(school.getSchoolId());
		response.setYear(year);
		response.setRespondentGroup(group.name());
		response.setSource(RiskProfileConstants.SOURCE_FORM);

		return response;
	}

	/** A group in the sheet: its code or its Russian name. */
	private static RespondentGroup _group(String text) {
		RespondentGroup group = RespondentGroup.parse(text).orElse(null);

		if (group != null) {
			return group;
		}

		String lower = text.trim().toLowerCase(Locale.ROOT);

		if (lower.startsWith("директор")) {
			return RespondentGroup.DIRECTOR;
		}

		if (lower.startsWith("педагог") || lower.startsWith("учител")) {
			return RespondentGroup.TEACHER;
		}

		if (lower.startsWith("обучающ") || lower.startsWith("учени")) {
			return RespondentGroup.PUPIL;
		}

		if (lower.startsWith("родител")) {
			return RespondentGroup.PARENT;
		}

		return null;
	}

	private String _uniqueCode() {
		String code = _newCode();

		while (fetchByResponseCode(code) != null) {
			code = _newCode();
		}

		return code;
	}

	private String _newCode() {
		StringBuilder sb = new StringBuilder(_CODE_LENGTH);

		for (int i = 0; i < _CODE_LENGTH; i++) {
			sb.append(_CODE_ALPHABET.charAt(_random.nextInt(_CODE_ALPHABET.length())));
		}

		return sb.toString();
	}

	private String _normalize(String code) {
		return code.trim().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
	}

	private RiskSurveyResponse _saveAnswers(
			RiskSurveyResponse response, RespondentGroup group, Map<String, Double> answers, String source)
		throws PortalException {

		long versionId = _riskDictionaryVersionLocalService.getVersionForYear(
			response.getUserId(), response.getCompanyId(), response.getYear()).getRiskDictionaryVersionId();

		RiskValidation.throwIfAny(
			checkAnswers(_riskDictionaryVersionLocalService.getDictionary(versionId), group, answers));

		response.setModifiedDate(new Date());
		response.setAnswers(RiskText.encodeAnswers(answers));
		response.setSource(source);

		return riskSurveyResponsePersistence.update(response);
	}

	/** No 0/O, 1/I/L: codes are read from paper. */
	private static final String _CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final int _CODE_LENGTH = 10;

	private static final SecureRandom _random = new SecureRandom();

	@Reference
	private RiskDictionaryVersionLocalService _riskDictionaryVersionLocalService;

	@Reference
	private SchoolLocalService _schoolLocalService;

}
