/**
 * Whole files imported by the server (docs/api.md §8a): the import as the merchant sees it, the
 * file kept in the database, and the rows that failed.
 */
package com.zangsho.domain.fileimport;
