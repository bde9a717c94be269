create table OporaDiag_Attempt (
	mvccVersion LONG default 0 not null,
	attemptId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	diagnosticSessionId LONG,
	schoolId LONG,
	subject VARCHAR(75) null,
	status VARCHAR(75) null,
	bankVersion INTEGER,
	seed LONG,
	itemCodes STRING null,
	answers TEXT null,
	startDate DATE null,
	submitDate DATE null
);

create table OporaDiag_Competence (
	mvccVersion LONG default 0 not null,
	competenceId LONG not null primary key,
	companyId LONG,
	createDate DATE null,
	modifiedDate DATE null,
	version INTEGER,
	code_ VARCHAR(75) null,
	areaCode VARCHAR(75) null,
	name VARCHAR(255) null,
	threshold INTEGER,
	itemsPerSession INTEGER
);

create table OporaDiag_CompetenceArea (
	mvccVersion LONG default 0 not null,
	competenceAreaId LONG not null primary key,
	companyId LONG,
	createDate DATE null,
	modifiedDate DATE null,
	version INTEGER,
	code_ VARCHAR(75) null,
	name VARCHAR(255) null,
	kind VARCHAR(75) null,
	subject VARCHAR(255) null
);

create table OporaDiag_CompetenceScore (
	mvccVersion LONG default 0 not null,
	competenceScoreId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	createDate DATE null,
	attemptId LONG,
	competenceCode VARCHAR(75) null,
	points DOUBLE,
	maxPoints DOUBLE,
	percent DOUBLE,
	threshold INTEGER,
	itemsTotal INTEGER,
	itemsCorrect INTEGER,
	itemsPartial INTEGER,
	itemsUnanswered INTEGER
);

create table OporaDiag_Consent (
	mvccVersion LONG default 0 not null,
	consentId LONG not null primary key,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	consentVersion VARCHAR(75) null
);

create table OporaDiag_Course (
	mvccVersion LONG default 0 not null,
	courseId LONG not null primary key,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	name VARCHAR(500) null,
	provider VARCHAR(500) null,
	hours INTEGER,
	format VARCHAR(255) null,
	startDate DATE null,
	endDate DATE null,
	competenceCodes VARCHAR(1000) null,
	url VARCHAR(1000) null
);

create table OporaDiag_CourseEnrolment (
	mvccVersion LONG default 0 not null,
	courseEnrolmentId LONG not null primary key,
	companyId LONG,
	userId LONG,
	createDate DATE null,
	modifiedDate DATE null,
	courseId LONG,
	status VARCHAR(75) null,
	completedDate DATE null,
	certificateFileEntryId LONG
);

create table OporaDiag_DiagnosticItem (
	mvccVersion LONG default 0 not null,
	diagnosticItemId LONG not null primary key,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	version INTEGER,
	code_ VARCHAR(75) null,
	competenceCode VARCHAR(75) null,
	itemType VARCHAR(75) null,
	text_ STRING null,
	options STRING null,
	matches STRING null,
	scoringKey VARCHAR(1000) null,
	weight INTEGER
);

create table OporaDiag_DiagnosticSession (
	mvccVersion LONG default 0 not null,
	diagnosticSessionId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	name VARCHAR(255) null,
	schoolId LONG,
	subject VARCHAR(255) null,
	startDate DATE null,
	endDate DATE null,
	timeLimit INTEGER,
	bankVersion INTEGER,
	competenceCodes VARCHAR(1000) null
);

create table OporaDiag_ItemBank (
	mvccVersion LONG default 0 not null,
	itemBankId LONG not null primary key,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	version INTEGER,
	status VARCHAR(75) null,
	publishDate DATE null
);

create table OporaDiag_ResultView (
	mvccVersion LONG default 0 not null,
	resultViewId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	teacherUserId LONG,
	attemptId LONG,
	what VARCHAR(255) null
);

create table OporaDiag_Route (
	mvccVersion LONG default 0 not null,
	routeId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	userId LONG,
	userName VARCHAR(75) null,
	createDate DATE null,
	modifiedDate DATE null,
	attemptId LONG,
	schoolId LONG,
	status VARCHAR(75) null,
	endDate DATE null,
	agreedByUserId LONG,
	agreedDate DATE null,
	folderId LONG
);

create table OporaDiag_RouteAction (
	mvccVersion LONG default 0 not null,
	routeActionId LONG not null primary key,
	groupId LONG,
	companyId LONG,
	createDate DATE null,
	modifiedDate DATE null,
	routeId LONG,
	competenceCode VARCHAR(75) null,
	actionType VARCHAR(75) null,
	referenceId LONG,
	title VARCHAR(500) null,
	deadline DATE null,
	evidence VARCHAR(75) null,
	status VARCHAR(75) null,
	doneDate DATE null,
	evidenceFileEntryId LONG,
	comment_ STRING null
);