package com.zangsho.application.fileimport;

import java.io.Serializable;
import java.util.Map;

/**
 * One item of an import: a row of the file, a record its mapping made of one or more rows, or a
 * record its mapping could not make.
 *
 * @param index its place among the import's items, from 0
 * @param line the file line of its (first) row
 * @param fields the values by field (for a file in the resource's own columns, its cells by
 *     column); null with a {@code problem}
 * @param problem what kept the mapping from making a record, or null
 */
record ImportItem(long index, String resource, long line, Map<String, ?> fields, String problem)
    implements Serializable {}
