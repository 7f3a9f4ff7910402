/** The founding record (SPEC §2): present in every installation, linked to its source article. */
export const FOUNDING_INSPECTION = 'KT-2021-S_KHDT-0001';
