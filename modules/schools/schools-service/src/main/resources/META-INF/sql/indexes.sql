create index IX_E0A9AC30 on Opora_AssessmentResult (assessmentYear, groupId);
create unique index IX_2E007DE2 on Opora_AssessmentResult (schoolId, assessmentYear, assessmentType[$COLUMN_LENGTH:75$], grade, subject[$COLUMN_LENGTH:75$]);

create index IX_32954F8 on Opora_School (branchOfSchoolId);
create index IX_4516178C on Opora_School (companyId);
create unique index IX_73673E4E on Opora_School (groupId, federalLogin[$COLUMN_LENGTH:75$]);
create index IX_88433188 on Opora_School (groupId, schoolStatus[$COLUMN_LENGTH:75$]);
create unique index IX_45386CE6 on Opora_School (groupId, uuid_[$COLUMN_LENGTH:75$]);
create index IX_48398F18 on Opora_School (uuid_[$COLUMN_LENGTH:75$]);

create unique index IX_991E995A on Opora_SchoolContext (schoolId, contextYear);