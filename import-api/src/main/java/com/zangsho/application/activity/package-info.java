/** The activity log as the tenant reads it: its writes, newest first. */
package com.zangsho.application.activity;
