package ru.opora.library.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.List;

import ru.opora.domain.library.MaterialMetadata;
import ru.opora.domain.library.SubjectAssociation;
import ru.opora.library.model.Material;
import ru.opora.library.model.MaterialQuery;

/**
 * The shared methodological library over the portal's Documents and Media:
 * permission-checked (resource {@code ru.opora.library} in the site where the
 * portlet is, then the file entries' own permissions). Materials live in the
 * region site's library, one folder per municipality and subject association.
 *
 * @author Opora
 */
public interface LibraryService {

	/**
	 * Uploads a material of the municipality site {@code groupId} into its
	 * subject association's folder, with its metadata, categories and tags;
	 * the folder's workflow sends it to the Methodologists. Needs
	 * {@code ADD_MATERIAL}.
	 *
	 * @throws ru.opora.library.exception.MaterialValidationException naming every wrong field
	 */
	public Material addMaterial(
			long groupId, MaterialMetadata metadata, String fileName,
			String mimeType, byte[] bytes, ServiceContext serviceContext)
		throws PortalException;

	/** An approved material, or one of the user's own, by its file entry ID. Needs {@code VIEW}. */
	public Material getMaterial(long groupId, long fileEntryId)
		throws PortalException;

	/** The materials of these file entries the user may see, in their order; others are left out. */
	public List<Material> getMaterials(long groupId, List<Long> fileEntryIds)
		throws PortalException;

	/** The municipality's materials waiting for approval. Needs {@code REVIEW_MATERIALS}. */
	public List<Material> getPendingMaterials(long groupId)
		throws PortalException;

	/** The subject associations (РМО) configured for the instance. */
	public List<SubjectAssociation> getSubjectAssociations(long companyId)
		throws PortalException;

	/** The region's approved materials that match, newest first. Needs {@code VIEW}. */
	public List<Material> search(
			long groupId, MaterialQuery query, int start, int end)
		throws PortalException;

	public int searchCount(long groupId, MaterialQuery query)
		throws PortalException;

}
