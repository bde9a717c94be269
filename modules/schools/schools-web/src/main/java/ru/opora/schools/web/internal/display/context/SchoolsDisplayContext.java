package ru.opora.schools.web.internal.display.context;

import com.liferay.portal.kernel.dao.search.SearchContainer;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.portlet.url.builder.ResourceURLBuilder;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.util.ListUtil;
import com.liferay.portal.kernel.util.Portal;

import java.util.List;

import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import ru.opora.schools.constants.SchoolsActionKeys;
import ru.opora.schools.model.School;
import ru.opora.schools.web.internal.constants.SchoolsWebKeys;

/**
 * The list of the current site's schools: filters, sorting, paging, the
 * figures of each row and the actions the user may take.
 *
 * @author Opora
 */
public class SchoolsDisplayContext extends BaseSchoolsDisplayContext {

	public SchoolsDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		Portal portal, SiteSchools siteSchools,
		ModelResourcePermission<School> schoolModelResourcePermission,
		PortletResourcePermission portletResourcePermission) {

		super(renderRequest, renderResponse, portal);

		_siteSchools = siteSchools;
		_schoolModelResourcePermission = schoolModelResourcePermission;
		_portletResourcePermission = portletResourcePermission;

		_schoolsListQuery = new SchoolsListQuery(renderRequest);
	}

	/** The municipality of a school, for the region site's list. */
	public String getMunicipality(SchoolSummary schoolSummary) {
		return _siteSchools.getMunicipalityName(
			schoolSummary.getSchool().getGroupId());
	}

	/** Whether the list holds the schools of every municipality. */
	public boolean isRegion() {
		return _siteSchools.isRegion();
	}

	public String getAddSchoolURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			SchoolsWebKeys.MVC_EDIT_SCHOOL
		).setRedirect(
			_getCurrentURL()
		).buildString();
	}

	public String getDeleteSchoolURL(SchoolSummary schoolSummary) {
		return PortletURLBuilder.createActionURL(
			renderResponse
		).setActionName(
			SchoolsWebKeys.MVC_DELETE_SCHOOL
		).setRedirect(
			_getCurrentURL()
		).setParameter(
			"schoolId", schoolSummary.getSchoolId()
		).buildString();
	}

	public String getEditSchoolURL(SchoolSummary schoolSummary) {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			SchoolsWebKeys.MVC_EDIT_SCHOOL
		).setRedirect(
			_getCurrentURL()
		).setParameter(
			"schoolId", schoolSummary.getSchoolId()
		).buildString();
	}

	/** The Excel export of every school the list shows, in its order. */
	public String getExportURL() {
		return ResourceURLBuilder.createResourceURL(
			renderResponse
		).setKeywords(
			getKeywords()
		).setParameter(
			"group", getGroup()
		).setParameter(
			"level", getLevel()
		).setParameter(
			"orderByCol", getOrderByCol()
		).setParameter(
			"orderByType", getOrderByType()
		).setParameter(
			"settlementType", getSettlementType()
		).setResourceID(
			SchoolsWebKeys.MVC_EXPORT_SCHOOLS
		).buildString();
	}

	public String getGroup() {
		return _schoolsListQuery.getGroup();
	}

	public List<GroupBadge> getGroupBadges(SchoolSummary schoolSummary) {
		return labels.groupBadges(schoolSummary.getGroups());
	}

	public List<SelectOption> getGroupOptions() {
		return labels.groupOptions(getGroup());
	}

	public String getLinkOrganizationsURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			SchoolsWebKeys.MVC_LINK_ORGANIZATIONS
		).buildString();
	}

	public String getIdentificationRulesURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			SchoolsWebKeys.MVC_EDIT_IDENTIFICATION_RULES
		).setRedirect(
			_getCurrentURL()
		).buildString();
	}

	/**
	 * The import form. No redirect on purpose: the import action must end on
	 * the result screen, not be sent back by a copied redirect parameter.
	 */
	public String getImportURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			SchoolsWebKeys.MVC_IMPORT_WORKBOOK
		).buildString();
	}

	public String getKeyFiguresYear(SchoolSummary schoolSummary) {
		KeyFigures keyFigures = schoolSummary.getKeyFigures();

		return (keyFigures == null) ? Figures.UNKNOWN :
			String.valueOf(keyFigures.getYear());
	}

	public String getKeywords() {
		return _schoolsListQuery.getKeywords();
	}

	public String getLevel() {
		return _schoolsListQuery.getLevel();
	}

	public String getLevelLabel(SchoolSummary schoolSummary) {
		return labels.level(schoolSummary.getSchoolData().level());
	}

	public List<SelectOption> getLevelOptions() {
		return labels.levelOptions(getLevel());
	}

	public String getOrderByCol() {
		return _schoolsListQuery.getOrderByCol();
	}

	public String getOrderByType() {
		return _schoolsListQuery.getOrderByType();
	}

	public String getPassRate(SchoolSummary schoolSummary) {
		KeyFigures keyFigures = schoolSummary.getKeyFigures();

		return figures.formatPercent(
			(keyFigures == null) ? null : keyFigures.getPassRate());
	}

	public PortletURL getPortletURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			SchoolsWebKeys.MVC_VIEW_SCHOOLS
		).setKeywords(
			getKeywords()
		).setParameter(
			"group", getGroup()
		).setParameter(
			"level", getLevel()
		).setParameter(
			"settlementType", getSettlementType()
		).buildPortletURL();
	}

	public String getQualityRate(SchoolSummary schoolSummary) {
		KeyFigures keyFigures = schoolSummary.getKeyFigures();

		return figures.formatPercent(
			(keyFigures == null) ? null : keyFigures.getQualityRate());
	}

	/** The filtered and sorted schools, a page at a time. */
	public SearchContainer<SchoolSummary> getSearchContainer() {
		if (_searchContainer != null) {
			return _searchContainer;
		}

		SearchContainer<SchoolSummary> searchContainer = new SearchContainer<>(
			renderRequest, getPortletURL(), null, "opora-no-schools-found");

		searchContainer.setOrderByCol(getOrderByCol());
		searchContainer.setOrderByType(getOrderByType());

		List<SchoolSummary> schoolSummaries = getSchoolSummaries();

		searchContainer.setResultsAndTotal(
			() -> ListUtil.subList(
				schoolSummaries, searchContainer.getStart(),
				searchContainer.getEnd()),
			schoolSummaries.size());

		_searchContainer = searchContainer;

		return _searchContainer;
	}

	public String getSearchURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			SchoolsWebKeys.MVC_VIEW_SCHOOLS
		).buildString();
	}

	/** Every school of the site matching the filters, in the chosen order. */
	public List<SchoolSummary> getSchoolSummaries() {
		return _schoolsListQuery.apply(_siteSchools.getSummaries(), locale);
	}

	public String getSettlementLabel(SchoolSummary schoolSummary) {
		return labels.settlementType(
			schoolSummary.getSchoolData().settlementType());
	}

	public String getSettlementType() {
		return _schoolsListQuery.getSettlementType();
	}

	public List<SelectOption> getSettlementTypeOptions() {
		return labels.settlementTypeOptions(getSettlementType());
	}

	public String getTemplateURL() {
		return ResourceURLBuilder.createResourceURL(
			renderResponse
		).setResourceID(
			SchoolsWebKeys.MVC_DOWNLOAD_TEMPLATE
		).buildString();
	}

	public String getViewSchoolURL(SchoolSummary schoolSummary) {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			SchoolsWebKeys.MVC_VIEW_SCHOOL
		).setRedirect(
			_getCurrentURL()
		).setParameter(
			"schoolId", schoolSummary.getSchoolId()
		).buildString();
	}

	public String getWellBeingIndex(SchoolSummary schoolSummary) {
		return figures.format(schoolSummary.getWellBeingIndex());
	}

	public boolean isFiltered() {
		return _schoolsListQuery.isFiltered();
	}

	public boolean isShowActions(SchoolSummary schoolSummary)
		throws PortalException {

		return isShowEditButton(schoolSummary) ||
			isShowDeleteButton(schoolSummary);
	}

	/** Whether the user may add schools to the current site. */
	public boolean isShowAddButton() {
		return _portletResourcePermission.contains(
			themeDisplay.getPermissionChecker(), themeDisplay.getScopeGroupId(),
			SchoolsActionKeys.ADD_SCHOOL);
	}

	/** Whether the user may link the site's schools to portal organizations. */
	public boolean isShowLinkOrganizationsButton() {
		return _portletResourcePermission.contains(
			themeDisplay.getPermissionChecker(), themeDisplay.getScopeGroupId(),
			SchoolsActionKeys.MANAGE_ORGANIZATIONS);
	}

	/** Whether the user may try other identification thresholds on the site. */
	public boolean isShowIdentificationRulesButton() {
		return _portletResourcePermission.contains(
			themeDisplay.getPermissionChecker(), themeDisplay.getScopeGroupId(),
			SchoolsActionKeys.MANAGE_RULES);
	}

	/** Whether the user may import workbooks into the site (and needs the template). */
	public boolean isShowImportButton() {
		return _portletResourcePermission.contains(
			themeDisplay.getPermissionChecker(), themeDisplay.getScopeGroupId(),
			SchoolsActionKeys.IMPORT_DATA);
	}

	public boolean isShowDeleteButton(SchoolSummary schoolSummary)
		throws PortalException {

		return _schoolModelResourcePermission.contains(
			themeDisplay.getPermissionChecker(), schoolSummary.getSchool(),
			ActionKeys.DELETE);
	}

	public boolean isShowEditButton(SchoolSummary schoolSummary)
		throws PortalException {

		return _schoolModelResourcePermission.contains(
			themeDisplay.getPermissionChecker(), schoolSummary.getSchool(),
			ActionKeys.UPDATE);
	}


	private String _getCurrentURL() {
		return portal.getCurrentURL(renderRequest);
	}

	private final PortletResourcePermission _portletResourcePermission;
	private final ModelResourcePermission<School> _schoolModelResourcePermission;
	private final SchoolsListQuery _schoolsListQuery;
	private SearchContainer<SchoolSummary> _searchContainer;
	private final SiteSchools _siteSchools;

}
