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
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer, which Swift 6 rejects; call it through this.
static inline void byline_xmlFree(void *pointer) { xmlFree(pointer); }

/// A generic error handler that prints nothing (Swift cannot write a C variadic function).
static inline void byline_xmlIgnoreGenericError(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/// Silences libxml2's generic error reports on the calling thread (`true`), or gives them
/// back to libxml2's default handler, which prints to stderr (`false`).
static inline void byline_xmlSilenceGenericErrors(int silent) {
    xmlSetGenericErrorFunc(NULL, silent ? byline_xmlIgnoreGenericError : NULL);
}

#endif
