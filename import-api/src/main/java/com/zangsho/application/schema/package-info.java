/** The schema, migrated by Flyway when the application deploys; nothing else writes DDL. */
package com.zangsho.application.schema;
