/** Documents: user-edited templates filled in with FreeMarker and rendered to PDF with Open HTML to PDF. */
package com.assisto.infrastructure.documents;
