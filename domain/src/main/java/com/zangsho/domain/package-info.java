/** The revenue-data model: entities, value objects, rules and repository interfaces. */
package com.zangsho.domain;
