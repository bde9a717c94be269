create table OporaRp_RiskDictionaryVersion (
	mvccVersion LONG default 0 not null,
	riskDictionaryVersionId LONG not null primary key,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	fromYear INTEGER,
	content TEXT null
);

create table OporaRp_RiskDocument (
	mvccVersion LONG default 0 not null,
	riskDocumentId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	schoolId LONG,
	year INTEGER,
	documentType VARCHAR(75) null,
	factorCode VARCHAR(75) null,
	version INTEGER,
	status VARCHAR(75) null,
	round INTEGER,
	periodStart DATE null,
	periodEnd DATE null,
	goal STRING null,
	tasks TEXT null,
	expectedResult STRING null,
	folderId LONG,
	statusUserId LONG,
	statusDate DATE null
);

create table OporaRp_RiskDocumentSnapshot (
	mvccVersion LONG default 0 not null,
	riskDocumentSnapshotId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	createDate DATE null,
	riskDocumentId LONG,
	round INTEGER,
	content TEXT null
);

create table OporaRp_RiskFactorLevel (
	mvccVersion LONG default 0 not null,
	riskFactorLevelId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	riskProfileId LONG,
	factorCode VARCHAR(75) null,
	computedState VARCHAR(75) null,
	level VARCHAR(75) null,
	indicatorValues TEXT null
);

create table OporaRp_RiskMeasure (
	mvccVersion LONG default 0 not null,
	riskMeasureId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	riskDocumentId LONG,
	position INTEGER,
	title VARCHAR(1000) null,
	taskIndex INTEGER,
	deadline DATE null,
	responsible VARCHAR(75) null,
	indicator VARCHAR(1000) null,
	baseline VARCHAR(75) null,
	target DOUBLE,
	expectedResult VARCHAR(2000) null,
	doneDate DATE null,
	notDone BOOLEAN,
	interimValue VARCHAR(75) null,
	finalValue VARCHAR(75) null
);

create table OporaRp_RiskProfile (
	mvccVersion LONG default 0 not null,
	riskProfileId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	schoolId LONG,
	year INTEGER,
	riskDictionaryVersionId LONG,
	calculatedDate DATE null,
	priorities VARCHAR(75) null
);

create table OporaRp_RiskReviewComment (
	mvccVersion LONG default 0 not null,
	riskReviewCommentId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	riskDocumentId LONG,
	round INTEGER,
	section VARCHAR(75) null,
	comment_ STRING null
);

create table OporaRp_RiskSurveyResponse (
	mvccVersion LONG default 0 not null,
	riskSurveyResponseId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	createDate DATE null,
	modifiedDate DATE null,
	schoolId LONG,
	year INTEGER,
	respondentGroup VARCHAR(75) null,
	respondentUserId LONG,
	responseCode VARCHAR(75) null,
	answers TEXT null,
	source VARCHAR(75) null
);

create table OporaRp_RiskVerification (
	mvccVersion LONG default 0 not null,
	riskVerificationId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	riskProfileId LONG,
	factorCode VARCHAR(75) null,
	action VARCHAR(75) null,
	fromLevel VARCHAR(75) null,
	toLevel VARCHAR(75) null,
	comment_ STRING null
);