/** What readiness checks beyond the server answering: the database. */
package com.zangsho.application.health;
