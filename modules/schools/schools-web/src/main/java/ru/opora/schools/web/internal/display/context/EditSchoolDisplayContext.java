package ru.opora.schools.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.util.Portal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.domain.school.SchoolData;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SchoolStatus;

import ru.opora.schools.model.School;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;

/**
 * The add/edit school form: every field of {@link SchoolData}.
 *
 * @author Opora
 */
public class EditSchoolDisplayContext extends BaseFormDisplayContext {

	public EditSchoolDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		Portal portal, School school, List<School> siteSchools) {

		super(renderRequest, renderResponse, portal);

		_school = school;
		_siteSchools = siteSchools;
	}

	public String getActionURL() {
		return PortletURLBuilder.createActionURL(
			renderResponse
		).setActionName(
			SchoolsWebKeys.MVC_EDIT_SCHOOL
		).buildString();
	}

	/** Other schools of the site that this school can be a branch of. */
	public List<SelectOption> getBranchOfOptions() {
		String selected = getValue("branchOfSchoolId");
		List<SelectOption> options = new ArrayList<>();

		options.add(
			new SelectOption(
				"0", translator.get("opora-not-a-branch"),
				selected.isEmpty() || selected.equals("0")));

		for (School school : _siteSchools) {
			if ((_school != null) &&
				(school.getSchoolId() == _school.getSchoolId())) {

				continue;
			}

			String value = String.valueOf(school.getSchoolId());

			options.add(
				new SelectOption(value, school.getName(), value.equals(selected)));
		}

		return options;
	}

	public List<SelectOption> getLevelOptions() {
		return labels.levelOptions(getValue("level"));
	}

	public School getSchool() {
		return _school;
	}

	public long getSchoolId() {
		return (_school == null) ? 0 : _school.getSchoolId();
	}

	public List<SelectOption> getSettlementTypeOptions() {
		return labels.settlementTypeOptions(getValue("settlementType"));
	}

	public List<SelectOption> getStatusOptions() {
		return labels.statusOptions(getValue("status"));
	}

	public String getTitle() {
		if (_school == null) {
			return translator.get("opora-add-school");
		}

		return translator.format(
			"opora-edit-x", new Object[] {_school.getName()});
	}

	@Override
	protected Map<String, String> storedValues() {
		Map<String, String> values = new HashMap<>();

		if (_school == null) {
			values.put("level", SchoolLevel.SECONDARY.code());
			values.put("status", SchoolStatus.ACTIVE.code());

			return values;
		}

		SchoolData schoolData = _school.toSchoolData();

		values.put("address", schoolData.address());
		values.put(
			"branchOfSchoolId", String.valueOf(schoolData.branchOfSchoolId()));
		values.put("distanceToCentreKm", text(schoolData.distanceToCentreKm()));
		values.put("email", schoolData.email());
		values.put("federalLogin", schoolData.federalLogin());
		values.put("headName", schoolData.headName());
		values.put(
			"level",
			(schoolData.level() == null) ? "" : schoolData.level().code());
		values.put("name", schoolData.name());
		values.put("phone", schoolData.phone());
		values.put(
			"settlementType",
			(schoolData.settlementType() == null) ? "" :
				schoolData.settlementType().code());
		values.put("shortName", schoolData.shortName());
		values.put("smallSchool", String.valueOf(schoolData.smallSchool()));
		values.put(
			"status",
			(schoolData.status() == null) ? "" : schoolData.status().code());

		values.replaceAll((field, value) -> (value == null) ? "" : value);

		return values;
	}

	private final School _school;
	private final List<School> _siteSchools;

}
