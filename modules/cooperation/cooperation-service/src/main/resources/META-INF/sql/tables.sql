create table Opora_AgreementHistory (
	mvccVersion LONG default 0 not null,
	agreementHistoryId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	agreementId LONG,
	step VARCHAR(75) null,
	oldStatus VARCHAR(75) null,
	newStatus VARCHAR(75) null,
	comment_ STRING null
);

create table Opora_AgreementModule (
	mvccVersion LONG default 0 not null,
	agreementModuleId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	agreementId LONG,
	agreementProgrammeId LONG,
	priority INTEGER,
	name VARCHAR(500) null,
	hours INTEGER,
	deliveringParty VARCHAR(75) null
);

create table Opora_AgreementParty (
	mvccVersion LONG default 0 not null,
	agreementPartyId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	createDate DATE null,
	agreementId LONG,
	priority INTEGER,
	schoolId LONG,
	organizationId LONG,
	fullName VARCHAR(500) null,
	legalForm VARCHAR(500) null,
	address VARCHAR(500) null,
	inn VARCHAR(75) null,
	ogrn VARCHAR(75) null,
	headName VARCHAR(500) null,
	headPosition VARCHAR(500) null,
	authorityBasis VARCHAR(500) null,
	approved BOOLEAN,
	approvedUserId LONG,
	approvedDate DATE null
);

create table Opora_AgreementProgramme (
	mvccVersion LONG default 0 not null,
	agreementProgrammeId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	createDate DATE null,
	agreementId LONG,
	priority INTEGER,
	name VARCHAR(500) null,
	kind VARCHAR(75) null,
	hours INTEGER,
	grades VARCHAR(75) null,
	pupils INTEGER,
	startDate DATE null,
	endDate DATE null
);

create table Opora_AgreementResource (
	mvccVersion LONG default 0 not null,
	agreementResourceId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	agreementId LONG,
	priority INTEGER,
	party VARCHAR(75) null,
	resourceType VARCHAR(75) null,
	description STRING null,
	schedule STRING null
);

create table Opora_CooperationAgreement (
	mvccVersion LONG default 0 not null,
	agreementId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	number_ VARCHAR(75) null,
	agreementDate DATE null,
	kind VARCHAR(75) null,
	subject STRING null,
	startDate DATE null,
	endDate DATE null,
	autoProlongation BOOLEAN,
	prolongationMonths INTEGER,
	status VARCHAR(75) null,
	statusReason STRING null,
	terminationDate DATE null,
	version INTEGER,
	rootAgreementId LONG,
	previousAgreementId LONG,
	coordinatorRequired BOOLEAN,
	coordinatorApproved BOOLEAN,
	coordinatorUserId LONG,
	folderId LONG,
	signedScanFileEntryId LONG,
	documentFileEntryId LONG,
	lastAlert VARCHAR(75) null
);