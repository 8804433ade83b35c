/** Imports, the parts of their files and their failed rows. */
package com.zangsho.persistence.fileimport;
