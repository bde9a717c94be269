package ru.opora.diagnostics.internal.security;

import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionLogic;

import java.util.function.ToLongFunction;

/**
 * The whole decision on a teacher's individual record (attempt or route):
 * VIEW by {@link DiagnosticsAccess#canViewIndividual}, UPDATE by the teacher
 * (attempts) or the teacher and school leaders (routes), nothing else. It
 * never falls through to resource permissions, so no role grant can open an
 * individual result.
 *
 * @author Opora
 */
public class IndividualDataPermissionLogic<T extends com.liferay.portal.kernel.model.GroupedModel> implements ModelResourcePermissionLogic<T> {

	public IndividualDataPermissionLogic(
		DiagnosticsAccess diagnosticsAccess, boolean leadersUpdate, ToLongFunction<T> companyId,
		ToLongFunction<T> groupId, ToLongFunction<T> schoolId, ToLongFunction<T> teacherUserId) {

		_diagnosticsAccess = diagnosticsAccess;
		_leadersUpdate = leadersUpdate;
		_companyId = companyId;
		_groupId = groupId;
		_schoolId = schoolId;
		_teacherUserId = teacherUserId;
	}

	@Override
	public Boolean contains(PermissionChecker permissionChecker, String name, T model, String actionId) {
		long teacherUserId = _teacherUserId.applyAsLong(model);

		if (ActionKeys.VIEW.equals(actionId)) {
			return _diagnosticsAccess.canViewIndividual(
				permissionChecker, _companyId.applyAsLong(model), _groupId.applyAsLong(model),
				_schoolId.applyAsLong(model), teacherUserId);
		}

		if (ActionKeys.UPDATE.equals(actionId)) {
			if (_leadersUpdate) {
				return _diagnosticsAccess.canEditRoute(
					permissionChecker, _groupId.applyAsLong(model), _schoolId.applyAsLong(model), teacherUserId);
			}

			return permissionChecker.getUserId() == teacherUserId;
		}

		return false;
	}

	private final ToLongFunction<T> _companyId;
	private final DiagnosticsAccess _diagnosticsAccess;
	private final ToLongFunction<T> _groupId;
	private final boolean _leadersUpdate;
	private final ToLongFunction<T> _schoolId;
	private final ToLongFunction<T> _teacherUserId;

}
