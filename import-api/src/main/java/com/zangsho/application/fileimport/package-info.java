/**
 * Whole files imported by the server (docs/api.md §8a): the upload, read once and kept in the
 * database; the Jakarta Batch job that writes it a chunk of 100 rows per transaction through the
 * batch services; the servers' turns at running and resuming imports; the failed rows.
 */
package com.zangsho.application.fileimport;
