#ifndef BYLINE_CLIBXML2_SHIM_H
#define BYLINE_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Foundation ships its own ICU; libxml2's ICU headers clash with it. */
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>
#include <libxml/uri.h>

/// `xmlFree` is a global function pointer, which Swift 6 rejects; call it through this.
static inline void byline_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
