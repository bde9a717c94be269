package ru.opora.cooperation.web.internal.constants;

/**
 * MVC command names and request attributes of the cooperation portlet.
 *
 * @author Opora
 */
public final class CooperationWebKeys {

	public static final String DISPLAY_CONTEXT = "COOPERATION_DISPLAY_CONTEXT";

	public static final String FEATURE_AVAILABILITY = "COOPERATION_FEATURE_AVAILABILITY";

	public static final String MVC_AMEND_AGREEMENT = "/cooperation/amend_agreement";

	public static final String MVC_APPROVE_AS_COORDINATOR = "/cooperation/approve_as_coordinator";

	public static final String MVC_APPROVE_AS_PARTY = "/cooperation/approve_as_party";

	public static final String MVC_DELETE_AGREEMENT = "/cooperation/delete_agreement";

	public static final String MVC_DOWNLOAD_TEMPLATE = "/cooperation/download_template";

	public static final String MVC_EDIT_AGREEMENT = "/cooperation/edit_agreement";

	public static final String MVC_EXPORT_AGREEMENTS = "/cooperation/export_agreements";

	public static final String MVC_GENERATE_DOCUMENT = "/cooperation/generate_document";

	public static final String MVC_RETURN_TO_DRAFT = "/cooperation/return_to_draft";

	public static final String MVC_SIGN_AGREEMENT = "/cooperation/sign_agreement";

	public static final String MVC_SUBMIT_AGREEMENT = "/cooperation/submit_agreement";

	public static final String MVC_TERMINATE_AGREEMENT = "/cooperation/terminate_agreement";

	public static final String MVC_UPLOAD_SCAN = "/cooperation/upload_scan";

	public static final String MVC_UPLOAD_TEMPLATE = "/cooperation/upload_template";

	public static final String MVC_VIEW_AGREEMENT = "/cooperation/view_agreement";

	public static final String MVC_VIEW_AGREEMENTS = "/cooperation/view_agreements";

	public static final String MVC_VIEW_ATTENTION = "/cooperation/view_attention";

	public static final String MVC_VIEW_NETWORK = "/cooperation/view_network";

	public static final String SUCCESS = "opora-cooperation-success";

	private CooperationWebKeys() {
	}

}
