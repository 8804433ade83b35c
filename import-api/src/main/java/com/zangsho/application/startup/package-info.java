/**
 * What a server does once when it starts, one server at a time among those sharing the database
 * (docs/cluster.md).
 */
package com.zangsho.application.startup;
