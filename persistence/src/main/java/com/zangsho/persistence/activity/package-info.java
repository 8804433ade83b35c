/** The activity log's repository. */
package com.zangsho.persistence.activity;
