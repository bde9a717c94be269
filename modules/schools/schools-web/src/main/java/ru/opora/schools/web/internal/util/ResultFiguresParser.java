package ru.opora.schools.web.internal.util;

import javax.portlet.PortletRequest;

import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.ResultFigures;

import ru.opora.schools.exception.OporaValidationException;

/**
 * The assessment result form's parameters as the domain's
 * {@link ResultFigures}. Blank marks, mean score or share mean "not given".
 *
 * @author Opora
 */
public final class ResultFiguresParser {

	public static ResultFigures parse(PortletRequest portletRequest)
		throws OporaValidationException {

		FormValues formValues = new FormValues(portletRequest);

		ResultFigures resultFigures = new ResultFigures(
			formValues.getEnum("assessment", AssessmentType::parse),
			formValues.getInt("year"), formValues.getInt("grade"),
			formValues.getString("subject"), formValues.getInt("participants"),
			formValues.getInteger("marks2"), formValues.getInteger("marks3"),
			formValues.getInteger("marks4"), formValues.getInteger("marks5"),
			formValues.getDouble("meanScore"),
			formValues.getDouble("shareBelowThreshold"));

		formValues.throwIfUnreadable(resultFigures.validate().list());

		return resultFigures;
	}

	private ResultFiguresParser() {
	}

}
