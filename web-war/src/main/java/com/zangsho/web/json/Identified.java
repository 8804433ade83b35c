package com.zangsho.web.json;

/** A response record of one row: the activity log names the row by this id. */
public interface Identified {
  long id();
}
