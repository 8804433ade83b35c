/** {@code /v1/activity_logs}. */
package com.zangsho.web.activity;
