package com.zangsho.domain.fileimport;

/**
 * What one chunk of a file did.
 *
 * @param items the items the chunk read: the file's rows, or a mapping's records
 */
public record ChunkCounts(int items, int created, int updated, int skipped, int failed) {}
