/** {@code /v1/imports}: whole files handed to the server, their progress and their failed rows. */
package com.zangsho.web.fileimport;
