package ru.opora.domain.diagnostics;

import java.util.Set;

/** A methodological material (a Documents and Media file entry) with its asset tags. */
public final class MaterialOffer {

	public MaterialOffer(long fileEntryId, String title, Set<String> tags) {
		_fileEntryId = fileEntryId;
		_title = title;
		_tags = Set.copyOf(tags);
	}

	public long fileEntryId() {
		return _fileEntryId;
	}

	public String title() {
		return _title;
	}

	public Set<String> tags() {
		return _tags;
	}

	private final long _fileEntryId;
	private final Set<String> _tags;
	private final String _title;

}
