/** The activity log: one entry per write, written with it. */
package com.zangsho.domain.activity;
