package ru.opora.schools.web.internal.util;

import javax.portlet.PortletRequest;

import ru.opora.domain.school.SchoolData;
import ru.opora.domain.school.SchoolLevel;
import ru.opora.domain.school.SchoolStatus;
import ru.opora.domain.school.SettlementType;

import ru.opora.schools.exception.OporaValidationException;

/**
 * The school form's parameters as the domain's {@link SchoolData}.
 *
 * @author Opora
 */
public final class SchoolDataParser {

	public static SchoolData parse(PortletRequest portletRequest)
		throws OporaValidationException {

		FormValues formValues = new FormValues(portletRequest);

		SchoolData schoolData = new SchoolData(
			formValues.getLong("schoolId"), formValues.getString("name"),
			formValues.getString("shortName"), formValues.getString("address"),
			formValues.getEnum("settlementType", SettlementType::parse),
			formValues.getEnum("level", SchoolLevel::parse),
			formValues.getBoolean("smallSchool"),
			formValues.getLong("branchOfSchoolId"),
			formValues.getDouble("distanceToCentreKm"),
			formValues.getString("headName"), formValues.getString("phone"),
			formValues.getString("email"), formValues.getString("federalLogin"),
			formValues.getEnum("status", SchoolStatus::parse));

		formValues.throwIfUnreadable(schoolData.validate().list());

		return schoolData;
	}

	private SchoolDataParser() {
	}

}
