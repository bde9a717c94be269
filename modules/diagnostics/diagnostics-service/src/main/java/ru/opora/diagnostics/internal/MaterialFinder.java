package ru.opora.diagnostics.internal;

import com.liferay.asset.kernel.model.AssetEntry;
import com.liferay.asset.kernel.service.AssetEntryLocalService;
import com.liferay.asset.kernel.service.AssetTagLocalService;
import com.liferay.asset.kernel.service.persistence.AssetEntryQuery;
import com.liferay.document.library.kernel.model.DLFileEntry;
import com.liferay.portal.kernel.util.LocaleUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ru.opora.domain.diagnostics.Competence;
import ru.opora.domain.diagnostics.MaterialOffer;

/**
 * Self-study materials of the shared methodological library for a
 * competence: Documents and Media file entries of the company tagged
 * {@code comp-<code>} (the convention of every Opora feature), found through
 * the portal's asset API.
 *
 * @author Opora
 */
@Component(service = MaterialFinder.class)
public class MaterialFinder {

	public static final int MAX_PER_COMPETENCE = 10;

	public List<MaterialOffer> find(long companyId, List<String> competenceCodes) {
		List<MaterialOffer> materials = new ArrayList<>();

		for (String competenceCode : competenceCodes) {
			String tag = Competence.materialTag(competenceCode);
			long[] tagIds = _assetTagLocalService.getTagIds(tag);

			if (tagIds.length == 0) {
				continue;
			}

			AssetEntryQuery query = new AssetEntryQuery();

			query.setAnyTagIds(tagIds);
			query.setClassName(DLFileEntry.class.getName());
			query.setVisible(Boolean.TRUE);
			query.setEnd(MAX_PER_COMPETENCE);

			for (AssetEntry entry : _assetEntryLocalService.getEntries(query)) {
				if (entry.getCompanyId() == companyId) {
					materials.add(
						new MaterialOffer(entry.getClassPK(), entry.getTitle(LocaleUtil.getSiteDefault()), Set.of(tag)));
				}
			}
		}

		return materials;
	}

	@Reference
	private AssetEntryLocalService _assetEntryLocalService;

	@Reference
	private AssetTagLocalService _assetTagLocalService;

}
