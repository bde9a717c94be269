package ru.opora.diagnostics.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.util.ParamUtil;

import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.diagnostics.constants.DiagnosticsConstants;
import ru.opora.diagnostics.model.Attempt;
import ru.opora.diagnostics.model.Route;
import ru.opora.diagnostics.model.RouteAction;
import ru.opora.diagnostics.web.internal.util.DiagnosticsServices;
import ru.opora.domain.diagnostics.ActionType;
import ru.opora.domain.diagnostics.CompetenceChange;
import ru.opora.domain.diagnostics.CompetenceResult;
import ru.opora.domain.diagnostics.DiagnosticResult;
import ru.opora.domain.diagnostics.Dynamics;

/**
 * A teacher's result (read through the permission-checked, audited services):
 * per competence the percent against the threshold, the explanation, the
 * change since the previous diagnostic; the route (ИОМ) and its actions.
 */
public class ResultDisplayContext extends BaseDisplayContext {

	public ResultDisplayContext(
			RenderRequest renderRequest, RenderResponse renderResponse, DiagnosticsServices services)
		throws PortalException {

		super(renderRequest, renderResponse, services);

		long attemptId = ParamUtil.getLong(renderRequest, "attemptId");

		_attempt = services.getAttemptService().getAttempt(attemptId);
		_result = services.getAttemptService().getResult(attemptId);

		Map<String, String> names = services.getAttemptService().getCompetenceNames(_attempt.getBankVersion());
		Dynamics dynamics = _dynamics(services);

		for (CompetenceResult competence : _result.competences()) {
			String change = "";

			if (dynamics != null) {
				for (CompetenceChange competenceChange : dynamics.changes()) {
					if (competenceChange.competenceCode().equals(competence.competenceCode())) {
						change = message(
							"diagnostics-change-" + competenceChange.trend(), competenceChange.delta());
					}
				}
			}

			_rows.add(
				new CompetenceRow(
					competence.competenceCode(), names.getOrDefault(competence.competenceCode(), competence.competenceCode()),
					competence.percent(), competence.threshold(), competence.deficit(),
					message(competence.explanationKey(), competence.explanationArguments().toArray()), change));
		}

		_route = services.getRouteService().fetchAttemptRoute(attemptId);
		_actions = (_route == null) ? List.of() : services.getRouteService().getRouteActions(_route.getRouteId());
		_positiveDynamics = (dynamics != null) && dynamics.positive();
		_repeated = dynamics != null;
	}

	public List<RouteAction> getActions() {
		return _actions;
	}

	public Attempt getAttempt() {
		return _attempt;
	}

	public List<CompetenceRow> getRows() {
		return _rows;
	}

	public Route getRoute() {
		return _route;
	}

	public boolean hasDeficits() {
		return !_result.deficits().isEmpty();
	}

	public boolean isDone(RouteAction action) {
		return DiagnosticsConstants.ROUTE_ACTION_STATUS_DONE.equals(action.getStatus());
	}

	public boolean isPositiveDynamics() {
		return _positiveDynamics;
	}

	public boolean isRepeated() {
		return _repeated;
	}

	/**
	 * Whether the user may change the route's actions: the teacher or a
	 * leader of their school (UPDATE on the route), until it is completed.
	 */
	public boolean canEditRoute() {
		if ((_route == null) || DiagnosticsConstants.ROUTE_STATUS_COMPLETED.equals(_route.getStatus())) {
			return false;
		}

		try {
			return services.getRouteModelResourcePermission().contains(
				themeDisplay.getPermissionChecker(), _route, ActionKeys.UPDATE);
		}
		catch (PortalException portalException) {
			return false;
		}
	}

	/** The action types a route may hold, for the "add an action" form. */
	public List<ActionType> getActionTypes() {
		return Arrays.asList(ActionType.values());
	}

	/** The competences below their threshold, for the "add an action" form. */
	public List<CompetenceRow> getDeficitRows() {
		List<CompetenceRow> deficits = new ArrayList<>();

		for (CompetenceRow row : _rows) {
			if (row.isDeficit()) {
				deficits.add(row);
			}
		}

		return deficits;
	}

	/** The day of a date as the value of a date input. */
	public String inputDay(Date date) {
		if (date == null) {
			return "";
		}

		return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
	}

	public boolean isRouteDraft() {
		return (_route != null) && DiagnosticsConstants.ROUTE_STATUS_DRAFT.equals(_route.getStatus());
	}

	public boolean isTeacher() {
		return themeDisplay.getUserId() == _attempt.getUserId();
	}

	/** The previous scored diagnostic of the same teacher, compared with this one; null if none. */
	private Dynamics _dynamics(DiagnosticsServices services) throws PortalException {
		List<Attempt> attempts = isTeacher() ? services.getAttemptService().getMyAttempts() :
			services.getAttemptService().getTeacherAttempts(_attempt.getUserId());
		Attempt previous = null;

		for (Attempt attempt : attempts) {
			if ((attempt.getAttemptId() != _attempt.getAttemptId()) && (attempt.getSubmitDate() != null) &&
				(_attempt.getSubmitDate() != null) && attempt.getSubmitDate().before(_attempt.getSubmitDate()) &&
				((previous == null) || attempt.getSubmitDate().after(previous.getSubmitDate()))) {

				previous = attempt;
			}
		}

		if (previous == null) {
			return null;
		}

		DiagnosticResult before = services.getAttemptService().getResult(previous.getAttemptId());

		return Dynamics.between(before, _result);
	}

	private final List<RouteAction> _actions;
	private final Attempt _attempt;
	private final boolean _positiveDynamics;
	private final boolean _repeated;
	private final DiagnosticResult _result;
	private final Route _route;
	private final List<CompetenceRow> _rows = new ArrayList<>();

}
