create index IX_729D5E23 on Opora_AgreementHistory (agreementId);

create index IX_254D893B on Opora_AgreementModule (agreementId);

create index IX_C758BB91 on Opora_AgreementParty (agreementId);
create index IX_1A58CE46 on Opora_AgreementParty (organizationId);
create index IX_C512D887 on Opora_AgreementParty (schoolId);

create index IX_57B2049B on Opora_AgreementProgramme (agreementId);

create index IX_1A033559 on Opora_AgreementResource (agreementId);

create index IX_9D893891 on Opora_CooperationAgreement (companyId);
create index IX_9278AF53 on Opora_CooperationAgreement (groupId);
create index IX_16E8649C on Opora_CooperationAgreement (rootAgreementId);
create index IX_F3148B1D on Opora_CooperationAgreement (status[$COLUMN_LENGTH:75$]);